using NexusSim.Core.Manifest;

namespace NexusSim.Core.Protocols;

/// <summary>
/// A collaboration protocol: turns the engagement's plan into agent turns. Every protocol drives
/// the same session and produces the same kind of result, so protocols can be compared. A protocol
/// changes the engagement only through the session's turns and actions, which pass the authority filter.
/// </summary>
public interface IProtocol
{
    /// <summary>The name given with --protocol.</summary>
    string Name { get; }

    /// <summary>Task kinds the protocol adds to the manifest's (the prompt library loads their templates).</summary>
    IReadOnlyList<ProtocolTask> Tasks => [];

    /// <summary>What <paramref name="manifest"/>'s firm lacks for this protocol, one sentence each; empty when it can run it.</summary>
    IReadOnlyList<string> Lacks(FirmManifest manifest) => [];

    /// <summary>Runs the engagement to its end (or until cancelled).</summary>
    Task RunAsync(EngagementSession session, CancellationToken cancellationToken);
}
