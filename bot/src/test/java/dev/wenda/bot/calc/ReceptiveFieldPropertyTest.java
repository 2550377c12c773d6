package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The RF recurrence against brute force: back-project one output position through a 1-D stack. */
class ReceptiveFieldPropertyTest {
    private final Analyzer analyzer = new Analyzer();

    record Spec(long kernel, long stride, long padding, long dilation) {}

    @Provide
    Arbitrary<List<Spec>> stacks() {
        Arbitrary<Spec> spec = Combinators.combine(
                        Arbitraries.longs().between(1, 5),
                        Arbitraries.longs().between(1, 3),
                        Arbitraries.longs().between(0, 2),
                        Arbitraries.longs().between(1, 3))
                .as(Spec::new);
        return spec.list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 300)
    void recurrenceMatchesBackProjection(
            @ForAll("stacks") List<Spec> stack, @ForAll @IntRange(min = 0, max = 3) int position) {
        List<Layer> layers = new ArrayList<>();
        for (Spec s : stack) {
            layers.add(new Layer.Conv(
                    "",
                    s.kernel(),
                    s.stride(),
                    Padding.of(s.padding()),
                    s.dilation(),
                    OptionalLong.empty(),
                    OptionalLong.empty(),
                    1,
                    false,
                    true,
                    false));
        }
        // Height 1000 (no layer runs out of input), width 1: the analyzer's axes are independent.
        StackAnalysis a = analyzer.analyze(layers, Shape.spatial(1000, 1000));

        // Brute force: the set of input coordinates (padding included) output `position` depends on.
        TreeSet<Long> seen = new TreeSet<>(List.of((long) position));
        for (int l = stack.size() - 1; l >= 0; l--) {
            Spec s = stack.get(l);
            TreeSet<Long> below = new TreeSet<>();
            for (long o : seen) {
                for (long t = 0; t < s.kernel(); t++) {
                    below.add(o * s.stride() - s.padding() + t * s.dilation());
                }
            }
            seen = below;
        }
        long rf = seen.last() - seen.first() + 1;
        long jump = a.effectiveStride().getAsLong();
        long pad = a.effectivePadding().getAsLong();
        assertEquals(rf, a.receptiveField().getAsLong(), "receptive field of " + stack);
        assertEquals(position * jump - pad, seen.first(), "first input pixel of " + stack);
        assertEquals(stack.stream().mapToLong(Spec::stride).reduce(1, Math::multiplyExact), jump);
    }
}
