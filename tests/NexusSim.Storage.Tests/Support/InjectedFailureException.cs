namespace NexusSim.Storage.Tests.Support;

/// <summary>The failure a test injects in the middle of a step.</summary>
internal sealed class InjectedFailureException(string message) : Exception(message);
