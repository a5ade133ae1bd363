namespace NexusSim.Core.Manifest;

/// <summary>Which of the firm's actions an actor's turns are offered as tools (a governance variant, <c>tools</c>; manifests load as <see cref="All"/>).</summary>
public enum ToolScope
{
    /// <summary>Every action of the firm: the authority check decides what runs.</summary>
    All,

    /// <summary>Only the actions a grant gives the actor (least privilege): a call to any other is an unknown tool, audited and never run; the authority check still applies each grant's limits.</summary>
    Granted,
}
