using TelnetTui.Telnet.Decoding;
using TelnetTui.Telnet.Sending;
using TelnetTui.Telnet.Negotiation;
using TelnetTui.Telnet.Protocol;

namespace TelnetTui.Telnet.Engine;

/// <summary>The receive path: what the engine does with each decoder event.</summary>
public sealed partial class TelnetEngine
{
    /// <summary>Keeps the decoder's callbacks off the engine's public surface.</summary>
    private sealed class DecoderSink(TelnetEngine engine) : ITelnetDecoderSink
    {
        public void OnData(ReadOnlySpan<byte> data)
        {
            engine._dataGeneration++;
            engine.DataReceived?.Invoke(data);
        }

        public void OnCommand(byte command) => engine.ReceivedCommand(command);

        public void OnNegotiation(byte verb, byte option) => engine.ReceivedNegotiation(verb, option);

        public void OnSubnegotiation(byte option, ReadOnlySpan<byte> payload) => engine.ReceivedSubnegotiation(option, payload);

        public void OnNotice(DecoderNotice notice) => engine.ReceivedNotice(notice);
    }

    private void ReceivedCommand(byte command)
    {
        var meaning = TelnetCommand.IsKnown(command) ? TelnetCommand.Name(command) : $"unknown command {command}";
        Record(TelnetDirection.Received, RecordKind.Command, null, meaning, [TelnetCommand.Iac, command]);
        switch (command)
        {
            case TelnetCommand.Ga:
                PromptReceived?.Invoke(PromptMark.GoAhead);
                break;
            case TelnetCommand.Eor:
                // RFC 885 marks records only once EOR is agreed, but a stray IAC EOR still ends a prompt.
                PromptReceived?.Invoke(PromptMark.EndOfRecord);
                break;
            default:
                CommandReceived?.Invoke(command);
                break;
        }
    }

    private void ReceivedNegotiation(byte verb, byte option)
    {
        var handler = _handlers[option];
        if (handler is not null && handler.HandleNegotiation(verb))
            return;

        var side = verb is TelnetCommand.Will or TelnetCommand.Wont ? TelnetSide.Remote : TelnetSide.Local;
        var positive = verb is TelnetCommand.Will or TelnetCommand.Do;
        var before = GetState(side, option);
        QResult result;
        var reacknowledge = false;
        if (positive)
        {
            var agree = Agrees(side, option);
            result = QMethod.ReceivePositive(before, agree);
            if (before.State == QState.Yes && agree && Settings.Reacknowledge)
            {
                // A MUD that restarted in place re-sends WILL and waits; answer once until data arrives in between.
                var marks = side == TelnetSide.Local ? _reacknowledgedLocal : _reacknowledgedRemote;
                reacknowledge = marks[option] != _dataGeneration;
                marks[option] = _dataGeneration;
            }
        }
        else
        {
            result = QMethod.ReceiveNegative(before);
        }

        SetState(side, option, result.State);
        var meaning = $"{TelnetCommand.Name(verb)} {TelnetOption.Name(option)}";
        if (result.Error is not null)
            meaning += $" (RFC 1143: {result.Error})";
        else if (reacknowledge)
            meaning += " (already on: re-acknowledged)";
        else if (result.Reply == QReply.None && result.Change == QChange.None && before == result.State)
            meaning += " (already in that state: no reply)";
        Record(TelnetDirection.Received, RecordKind.Negotiation, option, meaning, [TelnetCommand.Iac, verb, option]);
        ReplyAndApply(side, option, result);
        if (reacknowledge)
        {
            SendNegotiation(ReplyVerb(side, QReply.Positive), option);
            handler?.Enabled(side);
        }
    }

    private void ReceivedSubnegotiation(byte option, ReadOnlySpan<byte> payload)
    {
        var handler = _handlers[option];
        if (Recorded is not null)
        {
            var meaning = handler?.Describe(payload) ?? GenericSubnegotiation(option, payload);
            Record(TelnetDirection.Received, RecordKind.Subnegotiation, option, meaning, TelnetEncoder.Subnegotiation(option, payload));
        }
        handler?.Received(payload);
    }

    private void ReceivedNotice(DecoderNotice notice)
    {
        var option = notice.Option;
        var name = option is { } o ? TelnetOption.Name(o) : null;
        var meaning = notice.Kind switch
        {
            DecoderNoticeKind.SeWithoutSubnegotiation => "SE without SB (ignored)",
            DecoderNoticeKind.EmptySubnegotiation => "empty SB (IAC SB IAC SE, ignored)",
            DecoderNoticeKind.SubnegotiationInterrupted when name is null =>
                $"SB without option interrupted by IAC {TelnetCommand.Name(notice.Command ?? 0)} (dropped)",
            DecoderNoticeKind.SubnegotiationInterrupted =>
                $"SB {name} interrupted by IAC {TelnetCommand.Name(notice.Command ?? 0)} after {notice.Length} bytes (dropped)",
            DecoderNoticeKind.SubnegotiationTooLong => $"SB {name} longer than {notice.Length} bytes (dropped up to IAC SE)",
            DecoderNoticeKind.CompressionStarted => $"{name} compression started",
            DecoderNoticeKind.CompressionEnded => $"{name} compression ended after {notice.Length} bytes; plain telnet follows",
            DecoderNoticeKind.CompressionFailed => $"{name} compression failed: {notice.Detail}",
            _ => notice.Kind.ToString(),
        };
        RecordNotice(meaning, option);
        if (notice.Kind == DecoderNoticeKind.CompressionFailed && option is { } compressed)
        {
            // MCCP: on a corrupt stream, stop (DONT MCCP2 from a client, WONT MCCP3 from a server).
            var side = compressed == TelnetOption.Mccp2 ? TelnetSide.Remote : TelnetSide.Local;
            if (IsEnabled(side, compressed))
            {
                var result = QMethod.RequestDisable(GetState(side, compressed));
                Apply(side, compressed, result);
            }
            _decoder.CompressionOption = null;
        }
    }

    /// <summary>Records a received WILL/WONT/DO/DONT that an option handled outside the Q method.</summary>
    internal void RecordReceivedNegotiation(byte verb, byte option, string meaning)
        => Record(TelnetDirection.Received, RecordKind.Negotiation, option, meaning, [TelnetCommand.Iac, verb, option]);

    private static string GenericSubnegotiation(byte option, ReadOnlySpan<byte> payload)
        => payload.IsEmpty ? $"SB {TelnetOption.Name(option)}" : $"SB {TelnetOption.Name(option)} {Meaning.Quote(payload)}";
}
