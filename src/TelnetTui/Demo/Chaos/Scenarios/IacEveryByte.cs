using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>iac-every-byte</c>: three phases of IAC noise. Only 0xFF (IAC IAC: a data byte 0xFF each time);
/// IAC before every other byte (IAC + any command byte, SB starts, stray SE); IAC at random with
/// random bytes between. Then the recovery bytes and the closing line.
/// </summary>
public sealed class IacEveryByte : ChaosScenario
{
    public const int PhaseBytes = 4 * 1024 * 1024;

    public override string Name => "iac-every-byte";

    public override string Summary => "IAC at every byte: 4 MB of 0xFF, 4 MB of IAC+random, 4 MB of random with IAC at half the bytes";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        var random = new Random(ChaosBytes.Seed);
        var all = new byte[PhaseBytes];
        Array.Fill(all, TelnetCommand.Iac);
        await connection.WriteAsync(all, cancellationToken).ConfigureAwait(false);

        var paired = new byte[PhaseBytes];
        for (var i = 0; i < paired.Length; i += 2)
        {
            paired[i] = TelnetCommand.Iac;
            paired[i + 1] = (byte)random.Next(256);
        }
        await connection.WriteAsync(paired, cancellationToken).ConfigureAwait(false);

        var mixed = new byte[PhaseBytes];
        for (var i = 0; i < mixed.Length; i++)
            mixed[i] = random.Next(2) == 0 ? TelnetCommand.Iac : (byte)random.Next(256);
        await connection.WriteAsync(mixed, cancellationToken).ConfigureAwait(false);

        await connection.WriteAsync(ChaosBytes.Recovery(), cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
