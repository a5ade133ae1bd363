using System.Text.Json.Serialization;

namespace NexusSim.Core.Protocols;

/// <summary>
/// The journal's turn step, serialized by generated code rather than by reflection (one per turn):
/// default options, so the JSON is what <c>JsonSerializer.Serialize</c> writes for it
/// (<c>StepJsonTests</c> compare the two).
/// </summary>
[JsonSerializable(typeof(TurnStepResult))]
internal sealed partial class StepJson : JsonSerializerContext;
