using System.Text;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>csi-params</c>: control sequences with 100,000 parameters, sub-parameters and 100,000-digit numbers.</summary>
public sealed class CsiParameterBomb : ChaosScenario
{
    public const int Parameters = 100_000;

    public override string Name => "csi-params";

    public override string Summary => $"CSI sequences with {Parameters} parameters (SGR, CUP, DECSTBM) and 100,000-digit numbers";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        foreach (var final in new[] { "m", "H", "r", "J", "h" })
        {
            var csi = new StringBuilder(Parameters * 3).Append("\u001b[");
            for (var i = 0; i < Parameters; i++)
                csi.Append(i % 7).Append(i % 3 == 0 ? ':' : ';');
            csi.Append(final).Append("text after a big CSI ").Append(final).Append("\r\n");
            await connection.WriteAsync(csi.ToString(), cancellationToken).ConfigureAwait(false);
        }
        await connection.WriteAsync("\u001b[" + new string('9', Parameters) + "Chuge number\r\n", cancellationToken).ConfigureAwait(false);
        await connection.WriteAsync("\u001b[38;2;" + new string('1', Parameters) + ";2;3mhuge colour\u001b[0m\r\n", cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
