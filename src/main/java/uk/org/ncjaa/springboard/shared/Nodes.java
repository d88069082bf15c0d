package uk.org.ncjaa.springboard.shared;

/**
 * The other nodes sharing the database, when Springboard runs as several: a module tells them of a
 * change to something it keeps in memory (kept pages, the Directory's search), and hears what they
 * tell it. With one node, the default, nothing is sent and nothing heard.
 */
public interface Nodes {

    /** Tells every other node, on this topic, once the current transaction commits (at once outside one). */
    void tell(String topic, String message);

    /** What a module does on hearing another node on its topic. */
    interface Listener {

        String topic();

        /** Another node said this. */
        void heard(String message);

        /** This node could not listen for a while and may have missed something: act as if told everything. */
        void missed();
    }
}
