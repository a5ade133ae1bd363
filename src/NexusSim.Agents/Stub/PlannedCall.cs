namespace NexusSim.Agents.Stub;

/// <summary>A tool call the stub intends to make.</summary>
internal sealed record PlannedCall(string ToolName, Dictionary<string, object?> Arguments);
