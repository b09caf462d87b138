// One scenario at a time: each measures the process's memory and the owner thread's latency, which
// another test running beside it would distort.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
