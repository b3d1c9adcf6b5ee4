package org.clientportal.bench.floor;

/** The body of the floor's create: the fields the product's create takes that the benchmark sends. */
record NewClient(String name, String email, String company, String taskKeyPrefix) {

    NewClient {
        if (name == null || name.isBlank() || taskKeyPrefix == null) {
            throw new IllegalArgumentException("name and taskKeyPrefix are required");
        }
    }
}
