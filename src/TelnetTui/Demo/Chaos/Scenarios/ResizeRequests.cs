using System.Text;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary>
/// <c>resize</c>: every way a host can ask to resize the window: XTWINOPS 8 (characters) and 4 (pixels)
/// with huge, zero and negative-looking sizes, DECSLPP (CSI Ps t, Ps ≥ 24), DECCOLM (80/132 columns
/// with and without mode 40), DECSCPP and DECSNLS, thousands of times. The pane decides the size, not the host.
/// </summary>
public sealed class ResizeRequests : ChaosScenario
{
    public const int Rounds = 2000;

    public override string Name => "resize";

    public override string Summary => $"{Rounds} rounds of window resize requests (CSI 8 t, CSI 4 t, DECSLPP, DECCOLM, DECSCPP, DECSNLS)";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        string[] requests =
        [
            "\u001b[8;9999;9999t", "\u001b[8;0;0t", "\u001b[8;1;1t", "\u001b[8;65535;65535t", "\u001b[8;;t",
            "\u001b[4;99999;99999t", "\u001b[4;0;0t", "\u001b[72t", "\u001b[24t", "\u001b[9;1t", "\u001b[10;2t",
            "\u001b[?40h\u001b[?3h", "\u001b[?3l", "\u001b[?40l\u001b[?3h", "\u001b[132$|", "\u001b[80$|", "\u001b[144*|",
            "\u001b[1*|", "\u001b[3;0;0t", "\u001b[5t", "\u001b[6t", "\u001b[2t", "\u001b[1t",
        ];
        var text = new StringBuilder();
        for (var i = 0; i < Rounds; i++)
        {
            foreach (var request in requests)
                text.Append(request);
            text.Append("resize round ").Append(i).Append("\r\n");
            if (text.Length > 32 * 1024)
            {
                await connection.WriteAsync(text.ToString(), cancellationToken).ConfigureAwait(false);
                text.Clear();
            }
        }
        await connection.WriteAsync(text.ToString(), cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
