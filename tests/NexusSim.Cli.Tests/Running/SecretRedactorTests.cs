using NexusSim.Cli.Running;

namespace NexusSim.Cli.Tests.Running;

public sealed class SecretRedactorTests
{
    [Fact]
    public void Redact_KeyAndBearerTokenInText_BothMasked()
    {
        var text = SecretRedactor.Redact("key sk-canary-123 rejected; header 'Authorization: Bearer other-token' sent", "sk-canary-123");

        Assert.Equal("key [redacted] rejected; header 'Authorization: Bearer [redacted]' sent", text);
    }

    [Fact]
    public void Redact_NoSecretConfigured_TextUnchanged()
    {
        Assert.Equal("connection refused", SecretRedactor.Redact("connection refused", null));
    }

    [Fact]
    public void ForConsole_ExceptionTypeAndLineBreaks_Removed()
    {
        var line = ProviderFailureText.ForConsole("after 1 retries: ClientResultException (HTTP 503): down\nfor now");

        Assert.Equal("after 1 retries: (HTTP 503) down for now", line);
    }
}
