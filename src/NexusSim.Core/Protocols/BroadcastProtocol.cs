namespace NexusSim.Core.Protocols;

/// <summary>
/// The group chat every peer framework offers, the baseline: the manifest's chains in order on one
/// lane, but every turn (planning, drafting, review, sign-off, escalation) is sent every message
/// posted so far (every version submitted, every verdict and every final answer; see
/// <see cref="BroadcastTurnRunner"/>), not only its own scoped context. Its prompt tokens are what
/// scoped context saves.
/// </summary>
public sealed class BroadcastProtocol : IProtocol
{
    /// <summary>The protocol's name.</summary>
    public const string ProtocolName = "broadcast";

    /// <inheritdoc />
    public string Name => ProtocolName;

    /// <inheritdoc />
    public async Task RunAsync(EngagementSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var chat = new EngagementSession(session.Parts with { Turns = session.Parts.Turns is BroadcastTurnRunner ? session.Parts.Turns : new BroadcastTurnRunner(session.Parts.Turns, session.State) });
        chat.ContinueFrom(session);
        await new ChainProtocol().RunAsync(chat, cancellationToken).ConfigureAwait(false);
        session.ContinueFrom(chat);
    }
}
