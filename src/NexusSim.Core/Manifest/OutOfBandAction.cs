namespace NexusSim.Core.Manifest;

/// <summary>What intake does with an engagement whose fee lies outside its service line's price band.</summary>
public enum OutOfBandAction
{
    /// <summary>Decline the engagement, stating the band and the fee.</summary>
    Decline,

    /// <summary>Ask the owner of the pricing domain, who may accept it within their own grant's limits.</summary>
    Escalate,
}
