namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>slowloris</c>: one byte a second, forever: text, an SGR sequence, a UTF-8 character, CR LF and a
/// prompt ending in IAC GA, each cut into single bytes.
/// </summary>
public sealed class Slowloris(TimeSpan? interval = null) : ChaosScenario
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(1);

    /// <summary>The pause after each byte.</summary>
    public TimeSpan Interval { get; } = interval ?? DefaultInterval;

    /// <summary>What is sent, one byte at a time, again and again.</summary>
    public static readonly byte[] Message = [.. ChaosBytes.Text("s\u001b[1;32mlow\u001b[0m ☺\r\n> "), 0xFF, 0xF9];

    public override string Name => "slowloris";

    public override string Summary => "one byte a second, forever (text, SGR, UTF-8, CR LF, a GA prompt)";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        for (var i = 0; ; i++)
        {
            await connection.WriteAsync(Message.AsMemory(i % Message.Length, 1), cancellationToken).ConfigureAwait(false);
            await Task.Delay(Interval, cancellationToken).ConfigureAwait(false);
        }
    }
}
