using System.Buffers.Binary;
using TelnetTui.Telnet.Engine;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Options;

/// <summary>
/// NAWS (RFC 1073). Client: sends the window size when NAWS turns on and again on every change, each
/// value clamped to 0–65535 as two big-endian bytes (a 0xFF byte is doubled by the encoder). Server:
/// reports what the client sends.
/// </summary>
internal sealed class NawsOption(TelnetEngine engine) : TelnetOptionHandler(engine, TelnetOption.Naws)
{
    private WindowSize? _lastSent;

    public void SetSize(int columns, int rows)
    {
        Engine.WindowSize = new WindowSize(Math.Clamp(columns, 0, ushort.MaxValue), Math.Clamp(rows, 0, ushort.MaxValue));
        if (IsEnabled(TelnetSide.Local) && _lastSent != Engine.WindowSize)
            SendSize();
    }

    public override void Enabled(TelnetSide side)
    {
        if (side == TelnetSide.Local)
            SendSize();
    }

    public override void Disabled(TelnetSide side)
    {
        if (side == TelnetSide.Local)
            _lastSent = null;
    }

    private void SendSize()
    {
        var size = Engine.WindowSize;
        Span<byte> payload = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16BigEndian(payload, (ushort)size.Columns);
        BinaryPrimitives.WriteUInt16BigEndian(payload[2..], (ushort)size.Rows);
        _lastSent = size;
        Send(payload);
    }

    public override void Received(ReadOnlySpan<byte> payload)
    {
        if (payload.Length == 4 && IsEnabled(TelnetSide.Remote))
            Engine.RaiseWindowSize(Parse(payload));
    }

    public override string Describe(ReadOnlySpan<byte> payload)
        => payload.Length == 4 ? $"SB NAWS {Parse(payload)}" : $"SB NAWS malformed ({payload.Length} bytes, expected 4)";

    private static WindowSize Parse(ReadOnlySpan<byte> payload)
        => new(BinaryPrimitives.ReadUInt16BigEndian(payload), BinaryPrimitives.ReadUInt16BigEndian(payload[2..]));
}
