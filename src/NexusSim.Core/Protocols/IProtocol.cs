namespace NexusSim.Core.Protocols;

/// <summary>
/// A collaboration protocol: turns the engagement's plan into agent turns. Every protocol drives
/// the same session and produces the same kind of result, so protocols can be compared.
/// </summary>
public interface IProtocol
{
    /// <summary>The name given with --protocol.</summary>
    string Name { get; }

    /// <summary>Runs the engagement to its end (or until cancelled).</summary>
    Task RunAsync(EngagementSession session, CancellationToken cancellationToken);
}
