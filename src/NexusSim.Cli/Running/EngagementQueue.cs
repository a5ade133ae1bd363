using System.Threading.Channels;

namespace NexusSim.Cli.Running;

/// <summary>The batch of engagements the background worker drains; completing it ends the batch.</summary>
internal sealed class EngagementQueue
{
    private readonly Channel<EngagementJob> _channel = Channel.CreateUnbounded<EngagementJob>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<EngagementJob> Reader => _channel.Reader;

    public Task<EngagementResult> Enqueue(EngagementJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!_channel.Writer.TryWrite(job))
        {
            throw new InvalidOperationException("The batch is closed; no more engagements can be queued.");
        }

        return job.Completion.Task;
    }

    public void Complete() => _channel.Writer.TryComplete();
}
