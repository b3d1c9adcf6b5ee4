package org.clientportal.cli;

import java.util.List;
import picocli.CommandLine.Mixin;

/** A top-level command that prints one list of the API (queue, due, stale, search, audit): its filters become the query. */
abstract class ListCommand implements Runnable {

    private final Resource list;

    @Mixin
    ListOptions options;

    ListCommand(Context context, String path, List<Column> columns) {
        this.list = new Resource(context, path, columns, List.of());
    }

    abstract Query query();

    @Override
    public void run() {
        list.list(query(), options);
    }
}
