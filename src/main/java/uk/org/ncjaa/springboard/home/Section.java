package uk.org.ncjaa.springboard.home;

/** The sections of the platform, as the home page lists them. */
enum Section {

    EVIDENCE("evidence", "Evidence Library",
            "Research and evaluations on the impact of arts in criminal justice, with evidence-strength ratings and citations."),
    DIRECTORY("directory", "Directory",
            "Arts organisations and the services they run in prisons, on probation and in the community."),
    EVENTS("events", "Events and training",
            "Conferences, courses, networking events and the Arts Forum."),
    NEWS("news", "News and blogs", "News from the alliance and its members."),
    CASE_STUDIES("case-studies", "Case studies", "Members' projects: what happened and what changed."),
    PUBLICATIONS("publications", "Publications", "Guidance, briefings, research summaries and annual reports."),
    OPPORTUNITIES("opportunities", "Opportunities", "Jobs, commissions, calls for artists and funding."),
    MENTORING("mentoring", "Mentoring", "Our professional mentoring scheme for people working in arts and criminal justice."),
    SHOWCASE("showcase", "Showcase", "Pictures, recordings and writing by people in prison, on probation and in the community, shown with their consent."),
    POLICY("policy", "Policy and the Arts Forum",
            "How the sector's voice reaches policy-makers: the Arts Forum's meetings, papers, minutes and actions, and what came of our asks.");

    private final String path;
    private final String title;
    private final String summary;

    Section(String path, String title, String summary) {
        this.path = path;
        this.title = title;
        this.summary = summary;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }
}
