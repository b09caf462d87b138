using System.Buffers;
using TelnetTui.Telnet.Sending;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Options;
using TelnetTui.Telnet.Protocol;
using TelnetTui.Telnet.Values;

namespace TelnetTui.Telnet.Engine;

/// <summary>The send path: everything the owner or an option asks to send.</summary>
public sealed partial class TelnetEngine
{
    /// <summary>Where encoded telnet bytes go: straight to the output, or into the compressor.</summary>
    private IBufferWriter<byte> Out => _compressor is null ? _output : _compressor.Input;

    /// <summary>Pushes anything collected by the compressor into the output (a zlib sync flush).</summary>
    private void Commit() => _compressor?.Flush();

    /// <summary>Sends data bytes: IAC doubled, and outside BINARY a bare CR becomes CR NUL (RFC 854).</summary>
    public void SendData(ReadOnlySpan<byte> data)
    {
        TelnetEncoder.WriteData(Out, data, SendBinary);
        Commit();
    }

    /// <summary>Encodes text with <paramref name="encoding"/> and sends it as data.</summary>
    public void SendText(ReadOnlySpan<char> text, System.Text.Encoding encoding)
    {
        var count = encoding.GetByteCount(text);
        var rented = ArrayPool<byte>.Shared.Rent(count);
        try
        {
            var n = encoding.GetBytes(text, rented);
            SendData(rented.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Sends a press of the Enter key in character mode (per <see cref="TelnetSettings.EnterKey"/>; a raw CR in BINARY).</summary>
    public void SendEnter()
    {
        Out.Write(TelnetEncoder.EnterKey(Settings.EnterKey, SendBinary));
        Commit();
    }

    /// <summary>Sends a line typed in line mode and its line end (per <see cref="TelnetSettings.EnterKey"/>; LF in BINARY).</summary>
    public void SendLine(ReadOnlySpan<byte> line)
    {
        TelnetEncoder.WriteData(Out, line, SendBinary);
        Out.Write(TelnetEncoder.LineEnd(Settings.EnterKey, SendBinary));
        Commit();
    }

    /// <summary>Sends IAC and a command byte (AYT, IP, BRK, NOP, GA, EOR...); not for WILL/WONT/DO/DONT/SB.</summary>
    public void SendCommand(byte command)
    {
        if (TelnetCommand.IsNegotiation(command) || command is TelnetCommand.Sb or TelnetCommand.Se or TelnetCommand.Iac)
            throw new ArgumentException($"{TelnetCommand.Name(command)} is not a stand-alone command; use RequestEnable/RequestDisable or the option methods", nameof(command));
        TelnetEncoder.WriteCommand(Out, command);
        Record(TelnetDirection.Sent, RecordKind.Command, null, TelnetCommand.Name(command), [TelnetCommand.Iac, command]);
        Commit();
    }

    /// <summary>
    /// Ends a prompt: IAC EOR when EOR is agreed on our side (RFC 885), otherwise IAC GA (RFC 854).
    /// Server side, after the prompt text.
    /// </summary>
    public void SendPromptMark()
        => SendCommand(IsEnabled(TelnetSide.Local, TelnetOption.EndOfRecord) ? TelnetCommand.Eor : TelnetCommand.Ga);

    /// <summary>
    /// Client: the terminal is now this size. Sent with NAWS at once when NAWS is on and the size changed
    /// (values clamped to 0–65535, RFC 1073); remembered for when the server asks.
    /// </summary>
    public void SetWindowSize(int columns, int rows)
    {
        Handler<NawsOption>(TelnetOption.Naws).SetSize(columns, rows);
        Commit();
    }

    /// <summary>Sends a GMCP message: <c>Package.Message</c> and optional JSON data.</summary>
    public void SendGmcp(string message, MudValue? data = null)
    {
        Handler<GmcpOption>(TelnetOption.Gmcp).Send(message, data?.ToJson());
        Commit();
    }

    /// <summary>Sends a GMCP message with JSON text as given.</summary>
    public void SendGmcpJson(string message, string json)
    {
        Handler<GmcpOption>(TelnetOption.Gmcp).Send(message, json);
        Commit();
    }

    /// <summary>Announces more GMCP modules (Core.Supports.Add).</summary>
    public void GmcpSupportsAdd(params string[] modules)
    {
        Handler<GmcpOption>(TelnetOption.Gmcp).SupportsChange("Core.Supports.Add", modules);
        Commit();
    }

    /// <summary>Withdraws GMCP modules (Core.Supports.Remove).</summary>
    public void GmcpSupportsRemove(params string[] modules)
    {
        Handler<GmcpOption>(TelnetOption.Gmcp).SupportsChange("Core.Supports.Remove", modules);
        Commit();
    }

    /// <summary>Sends one MSDP variable (commands such as LIST, REPORT, SEND are variables too).</summary>
    public void SendMsdp(string variable, MudValue value)
    {
        SendSubnegotiation(TelnetOption.Msdp, MsdpCodec.Encode(variable, value));
        Commit();
    }

    /// <summary>Server: sends MSSP variables.</summary>
    public void SendMssp(IEnumerable<KeyValuePair<string, string>> variables)
    {
        SendSubnegotiation(TelnetOption.Mssp, MsspCodec.Encode(variables));
        Commit();
    }

    /// <summary>Sends DO TIMING-MARK; <see cref="TimingMarkReceived"/> fires with the answer (RFC 860).</summary>
    public void RequestTimingMark()
    {
        Handler<TimingMarkOption>(TelnetOption.TimingMark).Request();
        Commit();
    }

    /// <summary>Sends our own CHARSET REQUEST with the given names (or the settings' list).</summary>
    public void RequestCharset(IEnumerable<string>? names = null)
    {
        Handler<CharsetOption>(TelnetOption.Charset).SendRequest(names ?? Settings.Charsets);
        Commit();
    }

    /// <summary>Asks the peer for its view of the option states (SB STATUS SEND, RFC 859).</summary>
    public void RequestStatus()
    {
        Handler<StatusOption>(TelnetOption.Status).RequestStatus();
        Commit();
    }

    /// <summary>
    /// Server: asks the client for its terminal types from the start. A SEND only gets the next name
    /// (RFC 1091); an MTTS client starts its cycle again (client name, terminal type, MTTS bits) when
    /// TTYPE is turned off and on, so this sends DONT TTYPE then DO TTYPE (the Q method holds the DO
    /// until the WONT comes, RFC 1143 §7), or DO alone when TTYPE is off. The client's WILL brings the
    /// first SEND, and the names received before are forgotten then.
    /// </summary>
    public void RestartTerminalTypeCycle()
    {
        if (IsEnabled(TelnetSide.Remote, TelnetOption.TerminalType))
            RequestDisable(TelnetSide.Remote, TelnetOption.TerminalType);
        RequestEnable(TelnetSide.Remote, TelnetOption.TerminalType);
        Commit();
    }

    /// <summary>
    /// Server: sends one TTYPE SEND; the client answers with the next name of its cycle, or repeats
    /// its last one at the end (RFC 1091). Nothing is restarted: see <see cref="RestartTerminalTypeCycle"/>.
    /// </summary>
    public void RequestNextTerminalType()
    {
        Handler<TerminalTypeOption>(TelnetOption.TerminalType).RequestNext(restart: false);
        Commit();
    }

    internal void SendNegotiation(byte verb, byte option)
    {
        TelnetEncoder.WriteNegotiation(Out, verb, option);
        Record(TelnetDirection.Sent, RecordKind.Negotiation, option, $"{TelnetCommand.Name(verb)} {TelnetOption.Name(option)}", [TelnetCommand.Iac, verb, option]);
    }

    internal void SendSubnegotiation(byte option, ReadOnlySpan<byte> payload)
    {
        TelnetEncoder.WriteSubnegotiation(Out, option, payload);
        if (Recorded is not null)
        {
            var meaning = _handlers[option]?.Describe(payload) ?? GenericSubnegotiation(option, payload);
            Record(TelnetDirection.Sent, RecordKind.Subnegotiation, option, meaning, TelnetEncoder.Subnegotiation(option, payload));
        }
    }

    /// <summary>Everything written after this is compressed (MCCP3 client, MCCP2 server).</summary>
    internal void StartSendCompression(byte option)
    {
        if (_compressor is not null)
            return;
        _compressor = new OutputCompressor(_output);
        RecordNotice($"{TelnetOption.Name(option)} compression of what we send started", option);
    }

    /// <summary>Ends the zlib stream; what follows is plain telnet.</summary>
    internal void EndSendCompression(byte option)
    {
        if (_compressor is null)
            return;
        _compressor.Finish();
        _compressor = null;
        RecordNotice($"{TelnetOption.Name(option)} compression of what we send ended", option);
    }
}
