package nl.zvh.platform.worker;

import java.time.Duration;

/**
 * One daemon thread per service instance running a loop until the application stops: the loop checks
 * {@link #running()} and waits with {@link #pause(Duration)}, which ends the loop when the thread is interrupted.
 */
public final class BackgroundThread {
    private final String name;
    private volatile boolean running;
    private Thread thread;

    public BackgroundThread(String name) {
        this.name = name;
    }

    public synchronized void start(Runnable loop) {
        running = true;
        thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the loop to end, interrupts its wait and gives it {@code join} to finish. */
    public void stop(Duration join) {
        running = false;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t == null) {
            return;
        }
        t.interrupt();
        try {
            t.join(join.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean running() {
        return running;
    }

    /** Sleeps; returns false (and the loop should end) when the thread was interrupted to stop. */
    public boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        }
    }
}
