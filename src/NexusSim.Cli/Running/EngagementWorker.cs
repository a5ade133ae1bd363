using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NexusSim.Cli.Hosting;

namespace NexusSim.Cli.Running;

/// <summary>
/// The hosted service: drains the engagement queue with bounded concurrency
/// (NexusSim:Simulation:MaxConcurrency) and stops the host when the batch is done.
/// </summary>
internal sealed partial class EngagementWorker : BackgroundService
{
    private readonly EngagementQueue _queue;
    private readonly EngagementRunner _runner;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<EngagementWorker> _logger;
    private readonly IOptions<SimulationOptions> _options;

    public EngagementWorker(EngagementQueue queue, EngagementRunner runner, IHostApplicationLifetime lifetime, IOptions<SimulationOptions> options, ILogger<EngagementWorker> logger)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _queue = queue;
        _runner = runner;
        _lifetime = lifetime;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(_options.Value.MaxConcurrency);
        var running = new List<Task>();
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                running.Add(RunOneAsync(job, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: the runs in progress see the same token and end their current step.
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        _lifetime.StopApplication();
    }

    private async Task RunOneAsync(EngagementJob job, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(job.CancellationToken, stoppingToken);
        try
        {
            LogStarting(job.Run.RunId);
            var result = await Task.Run(() => _runner.RunAsync(job.Run, job.Approver, job.Observer, linked.Token), CancellationToken.None).ConfigureAwait(false);
            job.Completion.TrySetResult(result);
        }
#pragma warning disable CA1031 // the failure is handed to whoever queued the job
        catch (Exception ex)
#pragma warning restore CA1031
        {
            job.Completion.TrySetException(ex);
        }
        finally
        {
            slots.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Starting engagement {RunId}")]
    private partial void LogStarting(string runId);
}
