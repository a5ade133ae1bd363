// The CLI tests run whole commands in-process: hosts, the static bootstrap logger and the shared
// content cache are process-wide, so these tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
