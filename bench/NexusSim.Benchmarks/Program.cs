using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/NexusSim.Benchmarks` asks which benchmarks to run;
// `-- --filter '*'` runs them all, `-- --filter '*Token*'` one class.
BenchmarkSwitcher.FromAssembly(typeof(NexusSim.Benchmarks.EngagementBenchmarks).Assembly).Run(args);
