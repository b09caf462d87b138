using System.Text;

namespace TelnetTui.Demo.Chaos.Scenarios;

/// <summary><c>alt-screen</c>: 10,000 switches to the alternate screen and back (1049, 1047, 47), with text on both.</summary>
public sealed class AltScreenToggles : ChaosScenario
{
    public const int Toggles = 10_000;

    public override string Name => "alt-screen";

    public override string Summary => $"{Toggles} alternate-screen toggles (modes 1049, 1047, 47) with text on both screens";

    public override async Task RunAsync(ChaosConnection connection, CancellationToken cancellationToken)
    {
        int[] modes = [1049, 1047, 47];
        var text = new StringBuilder();
        for (var i = 0; i < Toggles; i++)
        {
            var mode = modes[i % modes.Length];
            text.Append($"\u001b[?{mode}h\u001b[2Jalt {i}\u001b[?{mode}lmain {i}\r\n");
            if (text.Length > 32 * 1024)
            {
                await connection.WriteAsync(text.ToString(), cancellationToken).ConfigureAwait(false);
                text.Clear();
            }
        }
        text.Append("\u001b[?1049h\u001b[?1049h\u001b[?1049l\u001b[?1049l"); // doubled: set twice, reset twice
        await connection.WriteAsync(text.ToString(), cancellationToken).ConfigureAwait(false);
        await connection.WriteDoneAsync(Name, cancellationToken).ConfigureAwait(false);
    }
}
