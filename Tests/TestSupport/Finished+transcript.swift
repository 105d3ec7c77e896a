extension Finished {
    /// A run of campaignctl as its golden file holds it: the command line, the exit status,
    /// stdout and stderr, with loopback ports (new every run) written `<port>`.
    public func transcript(_ arguments: [String]) -> String {
        """
        $ campaignctl \(arguments.joined(separator: " "))
        exit status: \(status)
        --- stdout
        \(stdout)--- stderr
        \(stderr)
        """.replacing(/127\.0\.0\.1:\d+/, with: "127.0.0.1:<port>")
    }
}
