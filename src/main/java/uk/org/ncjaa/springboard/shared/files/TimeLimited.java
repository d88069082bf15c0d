package uk.org.ncjaa.springboard.shared.files;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Work on an uploaded file (checking it, reading its text) run on a thread of its own for at most a
 * time limit: a file made to keep a parser busy costs a refusal, not the thread that waits. The
 * thread is a daemon and is interrupted when the time is up; a parser that ignores the interruption
 * finishes in the background without holding anything else.
 */
public final class TimeLimited {

    private TimeLimited() {
    }

    /**
     * @throws TimeoutException when the limit passes first
     * @throws ExecutionException with what the work threw as its cause
     */
    public static <T> T call(String threadName, Duration limit, Callable<T> work)
            throws TimeoutException, ExecutionException, InterruptedException {
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        Future<T> result = worker.submit(work);
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        }
        finally {
            // nothing to stop once it has finished; otherwise the worker is told to give up
            result.cancel(true);
            worker.shutdownNow();
        }
    }
}
