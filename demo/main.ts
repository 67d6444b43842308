// The demo pages use the library from source, exactly as an npm user would import it.
import '../src/define.js';
