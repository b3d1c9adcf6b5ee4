package org.clientportal.bench.load;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The movers, each active at the start, handed out in turn with the status each moves to next: a pass
 * over all of them pauses each, the next activates each again. One instance serves every scenario, so a
 * client's moves stay in order across phases.
 */
final class MoverCycle implements Iterator<Map<String, Object>> {

    private final List<String> movers;
    private long next;

    MoverCycle(List<String> movers) {
        if (movers.isEmpty()) {
            throw new IllegalArgumentException("no movers");
        }
        this.movers = movers;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public synchronized Map<String, Object> next() {
        long turn = next++;
        String mover = movers.get((int) (turn % movers.size()));
        String move = (turn / movers.size()) % 2 == 0 ? "paused" : "active";
        return Map.of("mover", mover, "move", move);
    }
}
