package org.folkmoot.assemblies.internal.letters;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import com.google.zxing.common.BitMatrix;

/**
 * The letters in order, each with its QR code made ahead on the common fork-join pool: ZXing
 * tries all eight masks of each code and keeps the best, which costs more than setting the page,
 * so on two processors one makes codes while the other writes pages. At most {@value #AHEAD}
 * codes wait, so memory stays flat.
 */
final class QrCodes {
    static final int AHEAD = 256;

    record Coded(Letter letter, BitMatrix matrix) {
    }

    private final Iterator<Letter> letters;
    private final LetterSettings settings;
    private final Deque<CompletableFuture<Coded>> queue = new ArrayDeque<>();

    QrCodes(Iterator<Letter> letters, LetterSettings settings) {
        this.letters = letters;
        this.settings = settings;
        fill();
    }

    boolean hasNext() {
        return !queue.isEmpty();
    }

    Coded next() throws InterruptedException {
        CompletableFuture<Coded> first = queue.removeFirst();
        fill();
        try {
            return first.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void fill() {
        while (queue.size() < AHEAD && letters.hasNext()) {
            Letter letter = letters.next();
            queue.addLast(CompletableFuture.supplyAsync(() -> new Coded(letter, QrCode.of(settings.registrationLink(letter.code()))),
                    ForkJoinPool.commonPool()));
        }
    }
}
