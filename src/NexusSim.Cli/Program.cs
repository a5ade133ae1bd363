using NexusSim.Cli;

return await CliApplication.RunAsync(args).ConfigureAwait(false);
