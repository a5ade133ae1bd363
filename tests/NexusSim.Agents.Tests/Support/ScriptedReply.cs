namespace NexusSim.Agents.Tests.Support;

/// <summary>One scripted model answer: tool calls (by action, or by a raw tool name) or final text.</summary>
internal sealed record ScriptedReply(IReadOnlyList<ScriptedCall> Calls, string? Text)
{
    public static ScriptedReply Call(string action, Dictionary<string, object?> arguments) =>
        new([new ScriptedCall(action, arguments, RawName: false)], null);

    public static ScriptedReply RawCall(string toolName, Dictionary<string, object?> arguments) =>
        new([new ScriptedCall(toolName, arguments, RawName: true)], null);

    public static ScriptedReply Final(string text) => new([], text);
}
