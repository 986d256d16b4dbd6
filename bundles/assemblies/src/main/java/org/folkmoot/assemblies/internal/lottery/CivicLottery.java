package org.folkmoot.assemblies.internal.lottery;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The civic lottery: which households get a letter, by a procedure anyone can repeat with a
 * spreadsheet (README, "The civic lottery").
 * <ol>
 * <li>Each address's key is the lowercase hex SHA-256 of the UTF-8 text {@code seed + "\n" + UPRN}.</li>
 * <li>Letters are allocated to strata by their weights with the largest-remainder method, never
 * more than a stratum holds; what a full stratum cannot take goes to the others in proportion to
 * their weights ({@link LetterAllocation}).</li>
 * <li>Within a stratum the addresses with the smallest keys are drawn.</li>
 * </ol>
 * The addresses come from {@link AddressFileReader}, which has already kept one row per UPRN.
 */
public final class CivicLottery {
    private static final HexFormat HEX = HexFormat.of();

    /** The key of one address: lowercase hex SHA-256 of UTF-8 {@code seed + "\n" + uprn}. */
    public static String key(String seed, String uprn) {
        return HEX.formatHex(SHA256.get().digest((seed + "\n" + uprn).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Draws. A request that cannot be carried out (no seed, no letters, a strata column the
     * file lacks) comes back refused with its problems and nothing drawn.
     */
    public LotteryResult draw(LotteryRequest request, List<Address> addresses, LotteryProgress progress) {
        List<LotteryProblem> problems = new ArrayList<>(check(request));
        if (!problems.isEmpty()) {
            return new LotteryResult(request, List.of(), List.of(), problems);
        }
        Map<String, List<Address>> strata = new TreeMap<>(Comparator.naturalOrder());
        long unplaced = 0;
        for (Address address : addresses) {
            Optional<String> stratum = stratumOf(request, address);
            if (stratum.isPresent()) {
                strata.computeIfAbsent(stratum.get(), s -> new ArrayList<>()).add(address);
            } else {
                unplaced++;
            }
        }
        if (unplaced > 0) {
            problems.add(LotteryProblem.note("lottery.draw.noStratum", unplaced, request.strataColumn().orElse("")));
        }
        if (request.strataColumn().isPresent() && strata.isEmpty()) {
            problems.add(LotteryProblem.refused("strata", "lottery.draw.noStrataValues", request.strataColumn().get()));
            return new LotteryResult(request, List.of(), List.of(), problems);
        }
        Map<String, BigDecimal> weights = weights(request, strata, problems);
        Map<String, Integer> capacity = new LinkedHashMap<>();
        strata.forEach((name, list) -> capacity.put(name, list.size()));
        Map<String, Integer> letters = LetterAllocation.allocate(request.letters(), weights, capacity);
        int total = letters.values().stream().mapToInt(Integer::intValue).sum();
        if (total < request.letters()) {
            problems.add(LotteryProblem.note("lottery.draw.fewerAddresses", request.letters(), total));
        }

        List<DrawnHousehold> drawn = new ArrayList<>(total);
        List<StratumCount> counts = new ArrayList<>();
        long toKey = strata.values().stream().mapToLong(List::size).sum();
        AtomicLong keyed = new AtomicLong();
        for (Map.Entry<String, List<Address>> stratum : strata.entrySet()) {
            List<Address> members = stratum.getValue();
            int take = letters.getOrDefault(stratum.getKey(), 0);
            Keyed[] keys = keys(request.seed(), members, keyed, toKey, progress);
            Arrays.sort(keys);
            for (int i = 0; i < take; i++) {
                drawn.add(new DrawnHousehold(members.get(keys[i].index), stratum.getKey(), HEX.formatHex(keys[i].digest)));
            }
            counts.add(new StratumCount(stratum.getKey(), weights.getOrDefault(stratum.getKey(), BigDecimal.ZERO), members.size(), take));
        }
        progress.update("lottery.progress.keying", toKey, toKey);
        return new LotteryResult(request, drawn, counts, problems);
    }

    /** Every member's key, on all processors; progress is told from the calling thread only. */
    private static Keyed[] keys(String seed, List<Address> members, AtomicLong keyed, long toKey, LotteryProgress progress) {
        Keyed[] keys = new Keyed[members.size()];
        Thread caller = Thread.currentThread();
        IntStream.range(0, keys.length).parallel().forEach(i -> {
            byte[] digest = SHA256.get().digest((seed + "\n" + members.get(i).uprn()).getBytes(StandardCharsets.UTF_8));
            keys[i] = new Keyed(digest, i);
            long n = keyed.incrementAndGet();
            if (n % 20_000 == 0 && Thread.currentThread() == caller) {
                progress.update("lottery.progress.keying", n, toKey);
            }
        });
        return keys;
    }

    /**
     * A member's SHA-256, ordered as its lowercase hex text is (byte by byte, unsigned), by the
     * first eight bytes as an unsigned number and, in the unlikely case they are equal, the rest.
     */
    private static final class Keyed implements Comparable<Keyed> {
        final byte[] digest;
        final int index;
        final long prefix;

        Keyed(byte[] digest, int index) {
            this.digest = digest;
            this.index = index;
            long p = 0;
            for (int i = 0; i < 8; i++) {
                p = (p << 8) | (digest[i] & 0xff);
            }
            this.prefix = p;
        }

        @Override
        public int compareTo(Keyed other) {
            int c = Long.compareUnsigned(prefix, other.prefix);
            return c != 0 ? c : Arrays.compareUnsigned(digest, other.digest);
        }
    }

    private static List<LotteryProblem> check(LotteryRequest request) {
        List<LotteryProblem> problems = new ArrayList<>();
        if (request.seed().isBlank()) {
            problems.add(LotteryProblem.refused("seed", "lottery.request.seed"));
        }
        if (request.letters() <= 0) {
            problems.add(LotteryProblem.refused("letters", "lottery.request.letters"));
        }
        if (request.strataColumn().isEmpty() && !request.weights().proportional()) {
            problems.add(LotteryProblem.refused("strata", "lottery.request.weightsWithoutStrata"));
        }
        return problems;
    }

    private static Optional<String> stratumOf(LotteryRequest request, Address address) {
        if (request.strataColumn().isEmpty()) {
            return Optional.of("all");
        }
        Optional<String> value = address.column(request.strataColumn().get()).map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return request.weights().proportional() ? value : request.weights().stratumOf(value.get());
    }

    /** The weight of each stratum present: as given, or its households when letters go in proportion. */
    private static Map<String, BigDecimal> weights(LotteryRequest request, Map<String, List<Address>> strata, List<LotteryProblem> problems) {
        Map<String, BigDecimal> weights = new HashMap<>();
        if (request.weights().proportional()) {
            strata.forEach((name, list) -> weights.put(name, new BigDecimal(BigInteger.valueOf(list.size()))));
            return weights;
        }
        for (StrataWeights.Weight w : request.weights().weights()) {
            if (strata.containsKey(w.name())) {
                weights.put(w.name(), w.weight());
            } else {
                problems.add(LotteryProblem.note("lottery.draw.emptyStratum", w.name(), request.strataColumn().orElse("")));
            }
        }
        return weights;
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(CivicLottery::sha256);

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
