namespace NexusSim.Core.Gates;

/// <summary>A sentence or a table row: the unit that must carry its own citation.</summary>
internal sealed record TextUnit(string Text, int Line);
