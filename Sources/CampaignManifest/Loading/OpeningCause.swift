import Yams

/// The quote or bracket whose opening caused a YAML syntax error that libyaml reports later, at
/// the place it gave up: a string never closed, one closed by the next value's opening quote, a
/// flow collection never closed.
struct OpeningCause {
    let source: SourceText
    /// Where libyaml gave up, in words, for the message.
    let gaveUp: String

    struct Cause {
        var position: TextPosition
        var message: String
    }

    func find(_ problem: String, context: YamlError.Context?, at mark: TextPosition) -> Cause? {
        unclosedQuote(problem, context: context) ?? quoteClosedLater(at: mark) ?? unclosedFlow(context: context)
            ?? unclosedAtEnd(mark)
    }

    /// libyaml names the quote itself when the string runs into the end of the file or into a
    /// `---` line.
    private func unclosedQuote(_ problem: String, context: YamlError.Context?) -> Cause? {
        let endings = ["found unexpected end of stream", "found unexpected document indicator"]
        guard let context, context.text == "while scanning a quoted scalar", endings.contains(problem) else {
            return nil
        }
        return Cause(position: TextPosition(context.mark), message: "this quoted string is never closed (\(gaveUp))")
    }

    /// A quote left open ends at the next quote, usually the opening one of a later value, and
    /// the parser gives up after it on that line. The text before that line, parsed alone, says
    /// which quote was still open there.
    private func quoteClosedLater(at mark: TextPosition) -> Cause? {
        guard mark.line > 1, mark.line <= source.lineStarts.count else { return nil }
        let lineStart = source.lineStarts[mark.line - 1]
        guard let opening = Self.openQuote(at: source.string(0..<lineStart)),
            let quote = source.index(of: opening).flatMap({ source[$0] }),
            let closing = closingQuote(quote, from: lineStart),
            closing < source.index(of: mark) ?? source.scalars.count
        else { return nil }
        let closed = source.position(of: closing)
        let quoteAt = "line \(closed.line), column \(closed.column)"
        let message = "this quoted string runs on to the quote at \(quoteAt), which closes it (\(gaveUp))"
        return Cause(position: opening, message: message + "; is its closing quote missing?")
    }

    /// Where a quoted string opens that is still open at the end of `text`.
    private static func openQuote(at text: String) -> TextPosition? {
        do {
            _ = try Yams.compose(yaml: AliasFreeText.of(text), .basic)
        } catch YamlError.scanner(let context?, "found unexpected end of stream", _, _)
            where context.text == "while scanning a quoted scalar"
        {
            return TextPosition(context.mark)
        } catch {}
        return nil
    }

    /// The quote that closes a string continued from an earlier line, on the line at `index`.
    private func closingQuote(_ quote: Unicode.Scalar, from index: Int) -> Int? {
        var index = index
        while let scalar = source[index], !SourceText.isBreak(scalar) {
            if scalar == quote, quote == "'", source[index + 1] == "'" {
                index += 2
            } else if scalar == quote {
                return index
            } else {
                index += quote == "\"" && scalar == "\\" ? 2 : 1
            }
        }
        return nil
    }

    /// libyaml names the bracket of the flow collection it was in; whether that is ever closed
    /// decides between "never closed" and a problem at the place libyaml gave up.
    private func unclosedFlow(context: YamlError.Context?) -> Cause? {
        guard let context, ["while parsing a flow sequence", "while parsing a flow mapping"].contains(context.text),
            let opener = source.index(of: TextPosition(context.mark)), let bracket = source[opener],
            bracket == "[" || bracket == "{", !FlowScanner.closes(source, openerAt: opener)
        else { return nil }
        return Cause(position: TextPosition(context.mark), message: "this '\(bracket)' is never closed (\(gaveUp))")
    }

    /// At the end of the file, libyaml may name no collection ("while parsing a flow node"): the
    /// innermost one still open there is the one it was in.
    private func unclosedAtEnd(_ mark: TextPosition) -> Cause? {
        guard source.index(of: mark) == nil, let opener = FlowScanner.openAtEnd(source).last,
            let bracket = source[opener]
        else { return nil }
        return Cause(position: source.position(of: opener), message: "this '\(bracket)' is never closed (\(gaveUp))")
    }
}
