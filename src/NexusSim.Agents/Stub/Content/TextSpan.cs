namespace NexusSim.Agents.Stub.Content;

/// <summary>A sentence or table row inside one body line: the unit that must carry its own citation.</summary>
internal sealed record TextSpan(int LineIndex, int Start, int Length, bool IsTableRow)
{
    public string Of(IReadOnlyList<string> lines) => lines[LineIndex].Substring(Start, Length);
}
