using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>storm-all</c>: WILL and DO for every one of the 256 options, several rounds. The client agrees to
/// the few it supports (once) and refuses the rest (once per request, RFC 1143 §5.1).
/// </summary>
public sealed class WillEverythingStorm : ChaosScenario
{
    public const int Rounds = 4;

    public override string Name => "storm-all";

    public override string Summary => $"WILL and DO for all 256 options, {Rounds} rounds";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        var round = new byte[256 * 6];
        for (var option = 0; option < 256; option++)
        {
            round[option * 3] = TelnetCommand.Iac;
            round[option * 3 + 1] = TelnetCommand.Will;
            round[option * 3 + 2] = (byte)option;
            round[768 + option * 3] = TelnetCommand.Iac;
            round[768 + option * 3 + 1] = TelnetCommand.Do;
            round[768 + option * 3 + 2] = (byte)option;
        }
        for (var i = 0; i < Rounds; i++)
        {
            await connection.WriteAsync(round, cancellationToken).ConfigureAwait(false);
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
