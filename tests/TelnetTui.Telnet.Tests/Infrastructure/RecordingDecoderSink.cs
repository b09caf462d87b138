using TelnetTui.Telnet.Decoding;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Tests.Infrastructure;

/// <summary>Writes every decoder event into a <see cref="Transcript"/>.</summary>
public sealed class RecordingDecoderSink : ITelnetDecoderSink
{
    public Transcript Transcript { get; } = new();

    public void OnData(ReadOnlySpan<byte> data) => Transcript.Data(data);

    public void OnCommand(byte command) => Transcript.Add("cmd " + TelnetCommand.Name(command));

    public void OnNegotiation(byte verb, byte option) => Transcript.Add($"neg {TelnetCommand.Name(verb)} {TelnetOption.Name(option)}");

    public void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload) => Transcript.Add(Transcript.Sb(option, payload));

    public void OnNotice(DecoderNotice notice)
    {
        var text = "notice " + notice.Kind;
        if (notice.Option is { } o)
            text += " " + TelnetOption.Name(o);
        if (notice.Command is { } c)
            text += " cmd=" + TelnetCommand.Name(c);
        if (notice.Length != 0)
            text += " len=" + notice.Length;
        Transcript.Add(text);
    }
}
