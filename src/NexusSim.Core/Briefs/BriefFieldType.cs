namespace NexusSim.Core.Briefs;

/// <summary>The type of a brief field declared in a firm's brief schema.</summary>
public enum BriefFieldType
{
    /// <summary>Non-empty text.</summary>
    Text,

    /// <summary>A whole number written plainly.</summary>
    Integer,

    /// <summary>A list of one or more text items.</summary>
    List,
}
