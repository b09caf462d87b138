namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>silent</c>: accepts the connection and never sends a byte (with a TLS client: the handshake never completes).</summary>
public sealed class NeverAnswers : ChaosScenario
{
    public override string Name => "silent";

    public override string Summary => "accepts and never sends anything";

    public override Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;
}
