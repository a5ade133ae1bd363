namespace NexusSim.Agents.Tests.Support;

/// <summary>A tool call a scripted model makes: an action (mapped to the offered tool's name) or a raw tool name.</summary>
internal sealed record ScriptedCall(string Name, Dictionary<string, object?> Arguments, bool RawName);
