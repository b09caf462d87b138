using System.Text;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>queries</c>: every report request a host can send (xterm ctlseqs, DEC VT510), each loaded with a
/// marker a malicious host would want echoed back as if typed: set the title then ask for it (XTWINOPS 20/21),
/// DECRQSS with the marker as the setting, XTGETTCAP, OSC 52/10/11/12/4/50 queries, ENQ answerback,
/// DECRQM of any mode, DA/DSR/CPR, DECRQTSR/DECRQPSR/DECRQCRA, kitty keyboard and XTQMODKEYS queries.
/// Tests check that what the client sends back is only reports built from its own state.
/// </summary>
public sealed class HostileQueries : ChaosScenario
{
    /// <summary>The text a host would like the client to type for it.</summary>
    public const string Marker = "\r\nrm -rf ~ #PWNED";

    public const int Rounds = 200;

    public override string Name => "queries";

    public override string Summary => $"{Rounds} rounds of report requests carrying text the host wants echoed (title, DECRQSS, OSC 52, XTGETTCAP...)";

    /// <summary>The requests of one round; <see cref="Marker"/> appears in every one that can carry text.</summary>
    public static string[] Requests()
    {
        var hex = Convert.ToHexString(Encoding.ASCII.GetBytes(Marker));
        var b64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(Marker));
        return
        [
            $"\u001b]0;{Marker}\u0007\u001b[21t\u001b[20t",              // title and icon reports (xterm: disallowed by default)
            $"\u001b]2;{Marker}\u001b\\\u001b[22t\u001b[23t\u001b[21t",   // title stack
            $"\u001bP$q{Marker}\u001b\\",                                   // DECRQSS of a made-up setting
            "\u001bP$qm\u001b\\\u001bP$qr\u001b\\\u001bP$q q\u001b\\",      // DECRQSS that is answered
            $"\u001bP+q{hex}\u001b\\",                                      // XTGETTCAP
            $"\u001b]52;c;{b64}\u0007\u001b]52;c;?\u0007\u001b]52;p;?\u001b\\", // OSC 52 set, then queries
            "\u001b]10;?\u0007\u001b]11;?\u0007\u001b]12;?\u0007\u001b]4;1;?\u0007\u001b]50;?\u0007", // colour/font queries
            "\u0005",                                                       // ENQ (answerback)
            "\u001b[c\u001b[>c\u001b[=c\u001b[5n\u001b[6n\u001b[?6n\u001b[?15n\u001b[?26n\u001b[>q", // DA, DSR, CPR, XTVERSION
            "\u001b[12$p\u001b[?1049$p\u001b[?99999$p\u001b[?2026$p",       // DECRQM
            "\u001b[1$u\u001b[1$w\u001b[1;1;1;1;10;10*y\u001b[?u\u001b[?4m\u001b[14t\u001b[18t\u001b[19t", // DECRQTSR, DECRQPSR, DECRQCRA, kitty, XTQMODKEYS, sizes
            $"\u001b]1337;ReportVariable={b64}\u0007\u001b]777;notify;{Marker}\u0007",
        ];
    }

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        var round = new StringBuilder();
        foreach (var request in Requests())
            round.Append(request);
        var text = round.ToString();
        for (var i = 0; i < Rounds; i++)
            await connection.WriteAsync(text + $"queries round {i}\r\n", cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
