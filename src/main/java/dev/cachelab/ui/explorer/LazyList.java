package dev.cachelab.ui.explorer;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;

import java.util.AbstractList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A read-only observable list whose elements are made when asked for, for the explorer's lists with a row per step
 * (a scenario may have 100,000): a virtualised {@code ListView} asks only for the rows it shows. {@link #setAll}
 * replaces every row with one change and {@link #updated} reports a range of rows as changed, without making any
 * row (the change's removed rows too are made only if a listener asks for them).
 */
final class LazyList<T> extends ObservableListBase<T> {

    private IntFunction<T> rows = i -> null;
    private int size;

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return rows.apply(index);
    }

    @Override
    public int size() {
        return size;
    }

    /** Now {@code size} rows, row i being {@code rows.apply(i)}: one change replacing every row. */
    void setAll(int size, IntFunction<T> rows) {
        IntFunction<T> oldRows = this.rows;
        int oldSize = this.size;
        this.rows = rows;
        this.size = size;
        if (oldSize == 0 && size == 0) return;
        List<T> removed = new AbstractList<>() {
            @Override public T get(int i) { return oldRows.apply(i); }
            @Override public int size() { return oldSize; }
        };
        fireChange(new OneChange(this, 0, size, removed, false));
    }

    /** The rows from {@code from} (inclusive) to {@code to} (exclusive) now read differently. */
    void updated(int from, int to) {
        int f = Math.max(0, from);
        int t = Math.min(size, to);
        if (f < t) fireChange(new OneChange(this, f, t, List.of(), true));
    }

    /** One replacement of a range, or one update of a range. */
    private final class OneChange extends ListChangeListener.Change<T> {
        private final int from;
        private final int to;
        private final List<T> removed;
        private final boolean update;
        private int cursor = -1;

        OneChange(ObservableList<T> list, int from, int to, List<T> removed, boolean update) {
            super(list);
            this.from = from;
            this.to = to;
            this.removed = removed;
            this.update = update;
        }

        @Override public boolean next() { return ++cursor == 0; }
        @Override public void reset() { cursor = -1; }
        @Override public int getFrom() { check(); return from; }
        @Override public int getTo() { check(); return to; }
        @Override public List<T> getRemoved() { check(); return removed; }
        @Override public boolean wasUpdated() { check(); return update; }
        @Override protected int[] getPermutation() { check(); return new int[0]; }

        private void check() {
            if (cursor != 0) throw new IllegalStateException("call next() first");
        }
    }
}
