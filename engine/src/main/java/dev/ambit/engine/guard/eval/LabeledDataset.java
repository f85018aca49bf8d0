package dev.ambit.engine.guard.eval;

import dev.ambit.engine.InvalidInputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an evaluation set from CSV (RFC 4180 quoting): a header naming at least {@code prompt} and {@code label}
 * ({@code safe} or {@code unsafe}), optionally {@code type}; other columns are ignored. Any problem is an
 * {@link InvalidInputException} whose message names the file and line.
 */
public final class LabeledDataset {
    private LabeledDataset() {}

    public static List<LabeledPrompt> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("dataset not found: " + file + " (give a CSV file with columns prompt,label)");
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("dataset " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read dataset " + file + ": " + e.getMessage());
        }
        return parse(content, file.toString());
    }

    /** Parses CSV text; {@code source} names it in messages. */
    public static List<LabeledPrompt> parse(String content, String source) {
        List<Row> rows = rows(content, source);
        if (rows.isEmpty()) {
            throw new InvalidInputException(source + " is empty: expected a header line with columns prompt,label");
        }
        List<String> header = rows.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int prompt = header.indexOf("prompt");
        int label = header.indexOf("label");
        int type = header.indexOf("type");
        if (prompt < 0 || label < 0) {
            throw new InvalidInputException(source + " line 1: the header must name columns prompt and label, found "
                    + String.join(",", header));
        }
        List<LabeledPrompt> out = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            List<String> cells = row.cells();
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != header.size()) {
                throw new InvalidInputException(source + " line " + row.line() + ": expected " + header.size()
                        + " columns as in the header, found " + cells.size());
            }
            String value = cells.get(label).strip().toLowerCase(Locale.ROOT);
            if (!value.equals("safe") && !value.equals("unsafe")) {
                throw new InvalidInputException(source + " line " + row.line() + ": label must be safe or unsafe, found '"
                        + cells.get(label) + "'");
            }
            out.add(new LabeledPrompt(row.line(), cells.get(prompt), value.equals("unsafe"),
                    type >= 0 ? cells.get(type).strip() : ""));
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(source + " has a header but no rows");
        }
        return out;
    }

    private record Row(int line, List<String> cells) {}

    private static List<Row> rows(String content, String source) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() > 0 && !afterQuote) {
                // A quote inside an unquoted field is kept as text, as spreadsheet exports write it.
                cell.append(c);
            } else if (c == '"') {
                if (afterQuote) {
                    throw new InvalidInputException(source + " line " + line + ": text after a closing quote");
                }
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                afterQuote = false;
                line++;
                rowLine = line;
            } else {
                if (afterQuote) {
                    throw new InvalidInputException(source + " line " + line + ": text after a closing quote");
                }
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException(source + " line " + rowLine + ": a quoted field is never closed");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }
}
