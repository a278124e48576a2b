package dev.cachelab.engine;

/** The app's database, reduced to the version every write bumps (R2) and transactions restore (R20). */
public final class Database {

    private int version;

    public Database(int initialVersion) {
        this.version = initialVersion;
    }

    Database copy() {
        return new Database(version);
    }

    public int version() {
        return version;
    }

    int write() {
        return ++version;
    }

    void rollBackTo(int saved) {
        version = saved;
    }
}
