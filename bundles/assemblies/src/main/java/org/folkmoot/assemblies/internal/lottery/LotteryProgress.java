package org.folkmoot.assemblies.internal.lottery;

/**
 * Told how long work is getting on: reading an address file, keying addresses, writing letters.
 * {@code stage} is a message key ({@code lottery.progress.reading}, ...); {@code total} is -1 when
 * not known. Called from the working thread, at most a few hundred times per job.
 */
@FunctionalInterface
public interface LotteryProgress {
    LotteryProgress NONE = (stage, done, total) -> { };

    void update(String stage, long done, long total);
}
