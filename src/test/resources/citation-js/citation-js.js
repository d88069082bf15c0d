// citation-js 0.8.2 (core, plugin-ris, plugin-bibtex) bundled into one file; see README.md
(() => {
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __commonJS = (cb, mod) => function __require() {
    try {
      return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
    } catch (e) {
      throw mod = 0, e;
    }
  };

  // node_modules/@citation-js/core/lib/Cite/log.js
  var require_log = __commonJS({
    "node_modules/@citation-js/core/lib/Cite/log.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.currentVersion = currentVersion;
      exports.retrieveLastVersion = retrieveLastVersion;
      exports.retrieveVersion = retrieveVersion;
      exports.save = save;
      exports.undo = undo;
      function currentVersion() {
        return this.log.length;
      }
      function retrieveVersion(versnum = 1) {
        if (versnum <= 0 || versnum > this.currentVersion()) {
          return null;
        } else {
          const [data, options] = this.log[versnum - 1];
          const image = new this.constructor(JSON.parse(data), JSON.parse(options));
          image.log = this.log.slice(0, versnum);
          return image;
        }
      }
      function undo(number = 1) {
        return this.retrieveVersion(this.currentVersion() - number);
      }
      function retrieveLastVersion() {
        return this.retrieveVersion(this.currentVersion());
      }
      function save() {
        this.log.push([JSON.stringify(this.data), JSON.stringify(this._options)]);
        return this;
      }
    }
  });

  // node_modules/@citation-js/core/lib/Cite/validate.js
  var require_validate = __commonJS({
    "node_modules/@citation-js/core/lib/Cite/validate.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.validateOptions = validateOptions;
      exports.validateOutputOptions = validateOutputOptions;
      var formats = ["real", "string"];
      var types = ["json", "html", "string", "rtf"];
      var styles = ["csl", "bibtex", "bibtxt", "citation-*", "ris", "ndjson"];
      var wrapperTypes = ["string", "function"];
      function validateOutputOptions(options) {
        if (typeof options !== "object") {
          throw new TypeError("Options not an object!");
        }
        const {
          format,
          type,
          style,
          lang,
          append,
          prepend
        } = options;
        if (format && !formats.includes(format)) {
          throw new TypeError(`Option format ("${format}") should be one of: ${formats}`);
        } else if (type && !types.includes(type)) {
          throw new TypeError(`Option type ("${type}") should be one of: ${types}`);
        } else if (style && !styles.includes(style) && !/^citation/.test(style)) {
          throw new TypeError(`Option style ("${style}") should be one of: ${styles}`);
        } else if (lang && typeof lang !== "string") {
          throw new TypeError(`Option lang should be a string, but is a ${typeof lang}`);
        } else if (prepend && !wrapperTypes.includes(typeof prepend)) {
          throw new TypeError(`Option prepend should be a string or a function, but is a ${typeof prepend}`);
        } else if (append && !wrapperTypes.includes(typeof append)) {
          throw new TypeError(`Option append should be a string or a function, but is a ${typeof append}`);
        }
        if (/^citation/.test(style) && type === "json") {
          throw new Error(`Combination type/style of json/citation-* is not valid: ${type}/${style}`);
        }
        return true;
      }
      function validateOptions(options) {
        if (typeof options !== "object") {
          throw new TypeError("Options should be an object");
        }
        if (options.output) {
          validateOutputOptions(options.output);
        } else if (options.maxChainLength && typeof options.maxChainLength !== "number") {
          throw new TypeError("Option maxChainLength should be a number");
        } else if (options.forceType && typeof options.forceType !== "string") {
          throw new TypeError("Option forceType should be a string");
        } else if (options.generateGraph != null && typeof options.generateGraph !== "boolean") {
          throw new TypeError("Option generateGraph should be a boolean");
        } else if (options.strict != null && typeof options.strict !== "boolean") {
          throw new TypeError("Option strict should be a boolean");
        } else if (options.target != null && typeof options.target !== "string") {
          throw new TypeError("Option target should be a boolean");
        }
        return true;
      }
    }
  });

  // node_modules/@citation-js/core/lib/Cite/options.js
  var require_options = __commonJS({
    "node_modules/@citation-js/core/lib/Cite/options.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.defaultOptions = void 0;
      exports.options = options;
      var _validate = require_validate();
      var defaultOptions = exports.defaultOptions = {
        format: "real",
        type: "json",
        style: "csl",
        lang: "en-US"
      };
      function options(options2, log) {
        (0, _validate.validateOutputOptions)(options2);
        if (log) {
          this.save();
        }
        Object.assign(this._options, options2);
        return this;
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugins/input/dataType.js
  var require_dataType = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/input/dataType.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.dataTypeOf = dataTypeOf;
      exports.typeOf = typeOf;
      function typeOf(thing) {
        switch (thing) {
          case void 0:
            return "Undefined";
          case null:
            return "Null";
          default:
            return thing.constructor.name;
        }
      }
      function dataTypeOf(thing) {
        switch (typeof thing) {
          case "string":
            return "String";
          case "object":
            if (Array.isArray(thing)) {
              return "Array";
            } else if (typeOf(thing) === "Object") {
              return "SimpleObject";
            } else if (typeOf(thing) !== "Null") {
              return "ComplexObject";
            }
          default:
            return "Primitive";
        }
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugins/input/graph.js
  var require_graph = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/input/graph.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.applyGraph = applyGraph;
      exports.removeGraph = removeGraph;
      function applyGraph(entry, graph) {
        if (entry._graph) {
          const index = graph.findIndex(({
            type
          }) => type === "@else/list+object");
          if (index !== -1) {
            graph.splice(index + 1, 0, ...entry._graph.slice(0, -1));
          }
        }
        entry._graph = graph;
        return entry;
      }
      function removeGraph(entry) {
        delete entry._graph;
        return entry;
      }
    }
  });

  // node_modules/@citation-js/core/lib/logger.js
  var require_logger = __commonJS({
    "node_modules/@citation-js/core/lib/logger.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var logger = {
        _output(level, scope, msg) {
          this._log.push(scope, msg);
          if (this._levels.indexOf(level) < this._levels.indexOf(this.level)) {
            return;
          }
          this._console.log(scope, ...msg);
        },
        _console: null,
        _log: [],
        _levels: ["http", "debug", "unmapped", "info", "warn", "error", "silent"],
        level: "silent"
      };
      for (const level of logger._levels) {
        logger[level] = (scope, ...msg) => logger._output(level, scope, msg);
      }
      if (typeof console.Console === "function") {
        logger._console = new console.Console(process.stderr);
      } else {
        logger._console = console;
      }
      var _default = exports.default = logger;
    }
  });

  // node_modules/@citation-js/core/lib/plugins/input/type.js
  var require_type = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/input/type.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.addTypeParser = addTypeParser;
      exports.hasTypeParser = hasTypeParser;
      exports.listTypeParser = listTypeParser;
      exports.removeTypeParser = removeTypeParser;
      exports.treeTypeParser = treeTypeParser;
      exports.type = type;
      exports.typeMatcher = void 0;
      var _logger = _interopRequireDefault(require_logger());
      var _dataType = require_dataType();
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var types = {};
      var dataTypes = {};
      var unregExts = {};
      function parseNativeTypes(input, dataType) {
        switch (dataType) {
          case "Array":
            if (input.length === 0 || input.every((entry) => type(entry) === "@csl/object")) {
              return "@csl/list+object";
            } else {
              return "@else/list+object";
            }
          case "SimpleObject":
          case "ComplexObject":
            return "@csl/object";
          default:
            return "@invalid";
        }
      }
      function matchType(typeList = [], data) {
        for (const type2 of typeList) {
          if (types[type2].predicate(data)) {
            return matchType(types[type2].extensions, data) || type2;
          }
        }
      }
      function type(input) {
        const dataType = (0, _dataType.dataTypeOf)(input);
        if (dataType === "Array" && input.length === 0) {
          return parseNativeTypes(input, dataType);
        }
        const match = matchType(dataTypes[dataType], input);
        return match || parseNativeTypes(input, dataType);
      }
      function addTypeParser(format, {
        dataType,
        predicate,
        extends: extend
      }) {
        let extensions = [];
        if (format in unregExts) {
          extensions = unregExts[format];
          delete unregExts[format];
          _logger.default.debug("[core]", `Subclasses "${extensions}" finally registered to parent type "${format}"`);
        }
        const object = {
          predicate,
          extensions
        };
        types[format] = object;
        if (extend) {
          const parentTypeParser = types[extend];
          if (parentTypeParser) {
            parentTypeParser.extensions.push(format);
          } else {
            if (!unregExts[extend]) {
              unregExts[extend] = [];
            }
            unregExts[extend].push(format);
            _logger.default.debug("[core]", `Subclass "${format}" is waiting on parent type "${extend}"`);
          }
        } else {
          const typeList = dataTypes[dataType] || (dataTypes[dataType] = []);
          typeList.push(format);
        }
      }
      function hasTypeParser(type2) {
        return Object.prototype.hasOwnProperty.call(types, type2);
      }
      function removeTypeParser(type2) {
        delete types[type2];
        const typeLists = [...Object.keys(dataTypes).map((key) => dataTypes[key]), ...Object.keys(types).map((type3) => types[type3].extensions).filter((list) => list.length > 0)];
        typeLists.forEach((typeList) => {
          const index = typeList.indexOf(type2);
          if (index > -1) {
            typeList.splice(index, 1);
          }
        });
      }
      function listTypeParser() {
        return Object.keys(types);
      }
      function treeTypeParser() {
        const attachNode = (name) => ({
          name,
          children: types[name].extensions.map(attachNode)
        });
        return {
          name: "Type tree",
          children: Object.keys(dataTypes).map((name) => ({
            name,
            children: dataTypes[name].map(attachNode)
          }))
        };
      }
      var typeMatcher = exports.typeMatcher = /^(?:@(.+?))(?:\/(?:(.+?)\+)?(?:(.+)))?$/;
    }
  });

  // node_modules/@citation-js/core/lib/plugins/input/parser.js
  var require_parser = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/input/parser.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.TypeParser = exports.FormatParser = exports.DataParser = void 0;
      var _type = require_type();
      function _defineProperty(e, r, t) {
        return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
      }
      function _toPropertyKey(t) {
        var i = _toPrimitive(t, "string");
        return "symbol" == typeof i ? i : i + "";
      }
      function _toPrimitive(t, r) {
        if ("object" != typeof t || !t) return t;
        var e = t[Symbol.toPrimitive];
        if (void 0 !== e) {
          var i = e.call(t, r || "default");
          if ("object" != typeof i) return i;
          throw new TypeError("@@toPrimitive must return a primitive value.");
        }
        return ("string" === r ? String : Number)(t);
      }
      var TypeParser = class {
        constructor(data) {
          _defineProperty(this, "validDataTypes", ["String", "Array", "SimpleObject", "ComplexObject", "Primitive"]);
          this.data = data;
        }
        validateDataType() {
          const dataType = this.data.dataType;
          if (dataType && !this.validDataTypes.includes(dataType)) {
            throw new RangeError(`dataType was ${dataType}; expected one of ${this.validDataTypes}`);
          }
        }
        validateParseType() {
          const predicate = this.data.predicate;
          if (predicate && !(predicate instanceof RegExp || typeof predicate === "function")) {
            throw new TypeError(`predicate was ${typeof predicate}; expected RegExp or function`);
          }
        }
        validateTokenList() {
          const tokenList = this.data.tokenList;
          if (tokenList && typeof tokenList !== "object") {
            throw new TypeError(`tokenList was ${typeof tokenList}; expected object or RegExp`);
          }
        }
        validatePropertyConstraint() {
          const propertyConstraint = this.data.propertyConstraint;
          if (propertyConstraint && typeof propertyConstraint !== "object") {
            throw new TypeError(`propertyConstraint was ${typeof propertyConstraint}; expected array or object`);
          }
        }
        validateElementConstraint() {
          const elementConstraint = this.data.elementConstraint;
          if (elementConstraint && typeof elementConstraint !== "string") {
            throw new TypeError(`elementConstraint was ${typeof elementConstraint}; expected string`);
          }
        }
        validateExtends() {
          const extend = this.data.extends;
          if (extend && typeof extend !== "string") {
            throw new TypeError(`extends was ${typeof extend}; expected string`);
          }
        }
        validate() {
          if (this.data === null || typeof this.data !== "object") {
            throw new TypeError(`typeParser was ${typeof this.data}; expected object`);
          }
          this.validateDataType();
          this.validateParseType();
          this.validateTokenList();
          this.validatePropertyConstraint();
          this.validateElementConstraint();
          this.validateExtends();
        }
        parseTokenList() {
          let tokenList = this.data.tokenList;
          if (!tokenList) {
            return [];
          } else if (tokenList instanceof RegExp) {
            tokenList = {
              token: tokenList
            };
          }
          const {
            token,
            split = /\s+/,
            trim = true,
            every = true
          } = tokenList;
          const trimInput = (input) => trim ? input.trim() : input;
          const testTokens = every ? "every" : "some";
          const predicate = (input) => trimInput(input).split(split)[testTokens]((part) => token.test(part));
          return [predicate];
        }
        parsePropertyConstraint() {
          const constraints = [].concat(this.data.propertyConstraint || []);
          return constraints.map(({
            props,
            match,
            value
          }) => {
            props = [].concat(props);
            switch (match) {
              case "any":
              case "some":
                return (input) => props.some((prop) => prop in input && (!value || value(input[prop])));
              case "none":
                return (input) => !props.some((prop) => prop in input && (!value || value(input[prop])));
              case "every":
              default:
                return (input) => props.every((prop) => prop in input && (!value || value(input[prop])));
            }
          });
        }
        parseElementConstraint() {
          const constraint = this.data.elementConstraint;
          return !constraint ? [] : [(input) => input.every((entry) => (0, _type.type)(entry) === constraint)];
        }
        parsePredicate() {
          if (this.data.predicate instanceof RegExp) {
            return [this.data.predicate.test.bind(this.data.predicate)];
          } else if (this.data.predicate) {
            return [this.data.predicate];
          } else {
            return [];
          }
        }
        getCombinedPredicate() {
          const predicates = [...this.parsePredicate(), ...this.parseTokenList(), ...this.parsePropertyConstraint(), ...this.parseElementConstraint()];
          if (predicates.length === 0) {
            return () => true;
          } else if (predicates.length === 1) {
            return predicates[0];
          } else {
            return (input) => predicates.every((predicate) => predicate(input));
          }
        }
        getDataType() {
          if (this.data.dataType) {
            return this.data.dataType;
          } else if (this.data.predicate instanceof RegExp) {
            return "String";
          } else if (this.data.tokenList) {
            return "String";
          } else if (this.data.elementConstraint) {
            return "Array";
          } else {
            return "Primitive";
          }
        }
        get dataType() {
          return this.getDataType();
        }
        get predicate() {
          return this.getCombinedPredicate();
        }
        get extends() {
          return this.data.extends;
        }
      };
      exports.TypeParser = TypeParser;
      var DataParser = class {
        constructor(parser, {
          async
        } = {}) {
          this.parser = parser;
          this.async = async;
        }
        validate() {
          const parser = this.parser;
          if (typeof parser !== "function") {
            throw new TypeError(`parser was ${typeof parser}; expected function`);
          }
        }
      };
      exports.DataParser = DataParser;
      var FormatParser = class {
        constructor(format, parsers = {}) {
          this.format = format;
          if (parsers.parseType) {
            this.typeParser = new TypeParser(parsers.parseType);
          }
          if (parsers.parse) {
            this.dataParser = new DataParser(parsers.parse, {
              async: false
            });
          }
          if (parsers.parseAsync) {
            this.asyncDataParser = new DataParser(parsers.parseAsync, {
              async: true
            });
          }
        }
        validateFormat() {
          const format = this.format;
          if (!_type.typeMatcher.test(format)) {
            throw new TypeError(`format name was "${format}"; didn't match expected pattern`);
          }
        }
        validate() {
          this.validateFormat();
          if (this.typeParser) {
            this.typeParser.validate();
          }
          if (this.dataParser) {
            this.dataParser.validate();
          }
          if (this.asyncDataParser) {
            this.asyncDataParser.validate();
          }
        }
      };
      exports.FormatParser = FormatParser;
    }
  });

  // node_modules/@citation-js/name/lib/input.js
  var require_input = __commonJS({
    "node_modules/@citation-js/name/lib/input.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = exports.parse = exports.types = exports.scope = void 0;
      function _slicedToArray(arr, i) {
        return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i) || _nonIterableRest();
      }
      function _nonIterableRest() {
        throw new TypeError("Invalid attempt to destructure non-iterable instance");
      }
      function _iterableToArrayLimit(arr, i) {
        var _arr = [];
        var _n = true;
        var _d = false;
        var _e = void 0;
        try {
          for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) {
            _arr.push(_s.value);
            if (i && _arr.length === i) break;
          }
        } catch (err) {
          _d = true;
          _e = err;
        } finally {
          try {
            if (!_n && _i["return"] != null) _i["return"]();
          } finally {
            if (_d) throw _e;
          }
        }
        return _arr;
      }
      function _arrayWithHoles(arr) {
        if (Array.isArray(arr)) return arr;
      }
      var punctutationMatcher = (string) => string.replace(/$|( )|(?!^)(?=[A-Z])/g, "\\.?$1");
      var getListMatcher = (list) => `(?:${list.join("|")})\\b`;
      var getSplittingRegex = (matcher, flags) => new RegExp(`(?:^| )(${matcher}$)`, flags);
      var titles = ["mr", "mrs", "ms", "miss", "dr", "herr", "monsieur", "hr", "frau", "a v m", "admiraal", "admiral", "air cdre", "air commodore", "air marshal", "air vice marshal", "alderman", "alhaji", "ambassador", "baron", "barones", "brig", "brig gen", "brig general", "brigadier", "brigadier general", "brother", "canon", "capt", "captain", "cardinal", "cdr", "chief", "cik", "cmdr", "coach", "col", "col dr", "colonel", "commandant", "commander", "commissioner", "commodore", "comte", "comtessa", "congressman", "conseiller", "consul", "conte", "contessa", "corporal", "councillor", "count", "countess", "crown prince", "crown princess", "dame", "datin", "dato", "datuk", "datuk seri", "deacon", "deaconess", "dean", "dhr", "dipl ing", "doctor", "dott", "dott sa", "dr", "dr ing", "dra", "drs", "embajador", "embajadora", "en", "encik", "eng", "eur ing", "exma sra", "exmo sr", "f o", "father", "first lieutient", "first officer", "flt lieut", "flying officer", "fr", "frau", "fraulein", "fru", "gen", "generaal", "general", "governor", "graaf", "gravin", "group captain", "grp capt", "h e dr", "h h", "h m", "h r h", "hajah", "haji", "hajim", "her highness", "her majesty", "herr", "high chief", "his highness", "his holiness", "his majesty", "hon", "hr", "hra", "ing", "ir", "jonkheer", "judge", "justice", "khun ying", "kolonel", "lady", "lcda", "lic", "lieut", "lieut cdr", "lieut col", "lieut gen", "lord", "m", "m l", "m r", "madame", "mademoiselle", "maj gen", "major", "master", "mevrouw", "miss", "mlle", "mme", "monsieur", "monsignor", "mr", "mrs", "ms", "mstr", "nti", "pastor", "president", "prince", "princess", "princesse", "prinses", "prof", "prof dr", "prof sir", "professor", "puan", "puan sri", "rabbi", "rear admiral", "rev", "rev canon", "rev dr", "rev mother", "reverend", "rva", "senator", "sergeant", "sheikh", "sheikha", "sig", "sig na", "sig ra", "sir", "sister", "sqn ldr", "sr", "sr d", "sra", "srta", "sultan", "tan sri", "tan sri dato", "tengku", "teuku", "than puying", "the hon dr", "the hon justice", "the hon miss", "the hon mr", "the hon mrs", "the hon ms", "the hon sir", "the very rev", "toh puan", "tun", "vice admiral", "viscount", "viscountess", "wg cdr"];
      var suffixes = ["I", "II", "III", "IV", "V", "Senior", "Junior", "Jr", "Sr", "PhD", "Ph\\.D", "APR", "RPh", "PE", "MD", "MA", "DMD", "CME", "BVM", "CFRE", "CLU", "CPA", "CSC", "CSJ", "DC", "DD", "DDS", "DO", "DVM", "EdD", "Esq", "JD", "LLD", "OD", "OSB", "PC", "Ret", "RGS", "RN", "RNC", "SHCJ", "SJ", "SNJM", "SSMO", "USA", "USAF", "USAFR", "USAR", "USCG", "USMC", "USMCR", "USN", "USNR"];
      var particles = ["Vere", "Von", "Van", "De", "Del", "Della", "Di", "Da", "Pietro", "Vanden", "Du", "St.", "St", "La", "Lo", "Ter", "O", "O'", "Mac", "Fitz"];
      var titleMatcher = getListMatcher(titles.map(punctutationMatcher));
      var suffixMatcher = getListMatcher(suffixes.map(punctutationMatcher));
      var particleMatcher = getListMatcher(particles);
      var titleSplitter = new RegExp(`^((?:${titleMatcher} )*)(.*)$`, "i");
      var suffixSplitter = getSplittingRegex(`(?:${suffixMatcher}, )*(?:${suffixMatcher})`, "i");
      var particleSplitter = getSplittingRegex(`${/(?:[A-Z\xC0-\xD6\xD8-\xDE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E\u0370\u0372\u0376\u037F\u0386\u0388-\u038A\u038C\u038E\u038F\u0391-\u03A1\u03A3-\u03AB\u03CF\u03D2-\u03D4\u03D8\u03DA\u03DC\u03DE\u03E0\u03E2\u03E4\u03E6\u03E8\u03EA\u03EC\u03EE\u03F4\u03F7\u03F9\u03FA\u03FD-\u042F\u0460\u0462\u0464\u0466\u0468\u046A\u046C\u046E\u0470\u0472\u0474\u0476\u0478\u047A\u047C\u047E\u0480\u048A\u048C\u048E\u0490\u0492\u0494\u0496\u0498\u049A\u049C\u049E\u04A0\u04A2\u04A4\u04A6\u04A8\u04AA\u04AC\u04AE\u04B0\u04B2\u04B4\u04B6\u04B8\u04BA\u04BC\u04BE\u04C0\u04C1\u04C3\u04C5\u04C7\u04C9\u04CB\u04CD\u04D0\u04D2\u04D4\u04D6\u04D8\u04DA\u04DC\u04DE\u04E0\u04E2\u04E4\u04E6\u04E8\u04EA\u04EC\u04EE\u04F0\u04F2\u04F4\u04F6\u04F8\u04FA\u04FC\u04FE\u0500\u0502\u0504\u0506\u0508\u050A\u050C\u050E\u0510\u0512\u0514\u0516\u0518\u051A\u051C\u051E\u0520\u0522\u0524\u0526\u0528\u052A\u052C\u052E\u0531-\u0556\u10A0-\u10C5\u10C7\u10CD\u13A0-\u13F5\u1C90-\u1CBA\u1CBD-\u1CBF\u1E00\u1E02\u1E04\u1E06\u1E08\u1E0A\u1E0C\u1E0E\u1E10\u1E12\u1E14\u1E16\u1E18\u1E1A\u1E1C\u1E1E\u1E20\u1E22\u1E24\u1E26\u1E28\u1E2A\u1E2C\u1E2E\u1E30\u1E32\u1E34\u1E36\u1E38\u1E3A\u1E3C\u1E3E\u1E40\u1E42\u1E44\u1E46\u1E48\u1E4A\u1E4C\u1E4E\u1E50\u1E52\u1E54\u1E56\u1E58\u1E5A\u1E5C\u1E5E\u1E60\u1E62\u1E64\u1E66\u1E68\u1E6A\u1E6C\u1E6E\u1E70\u1E72\u1E74\u1E76\u1E78\u1E7A\u1E7C\u1E7E\u1E80\u1E82\u1E84\u1E86\u1E88\u1E8A\u1E8C\u1E8E\u1E90\u1E92\u1E94\u1E9E\u1EA0\u1EA2\u1EA4\u1EA6\u1EA8\u1EAA\u1EAC\u1EAE\u1EB0\u1EB2\u1EB4\u1EB6\u1EB8\u1EBA\u1EBC\u1EBE\u1EC0\u1EC2\u1EC4\u1EC6\u1EC8\u1ECA\u1ECC\u1ECE\u1ED0\u1ED2\u1ED4\u1ED6\u1ED8\u1EDA\u1EDC\u1EDE\u1EE0\u1EE2\u1EE4\u1EE6\u1EE8\u1EEA\u1EEC\u1EEE\u1EF0\u1EF2\u1EF4\u1EF6\u1EF8\u1EFA\u1EFC\u1EFE\u1F08-\u1F0F\u1F18-\u1F1D\u1F28-\u1F2F\u1F38-\u1F3F\u1F48-\u1F4D\u1F59\u1F5B\u1F5D\u1F5F\u1F68-\u1F6F\u1FB8-\u1FBB\u1FC8-\u1FCB\u1FD8-\u1FDB\u1FE8-\u1FEC\u1FF8-\u1FFB\u2102\u2107\u210B-\u210D\u2110-\u2112\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u2130-\u2133\u213E\u213F\u2145\u2160-\u216F\u2183\u24B6-\u24CF\u2C00-\u2C2E\u2C60\u2C62-\u2C64\u2C67\u2C69\u2C6B\u2C6D-\u2C70\u2C72\u2C75\u2C7E-\u2C80\u2C82\u2C84\u2C86\u2C88\u2C8A\u2C8C\u2C8E\u2C90\u2C92\u2C94\u2C96\u2C98\u2C9A\u2C9C\u2C9E\u2CA0\u2CA2\u2CA4\u2CA6\u2CA8\u2CAA\u2CAC\u2CAE\u2CB0\u2CB2\u2CB4\u2CB6\u2CB8\u2CBA\u2CBC\u2CBE\u2CC0\u2CC2\u2CC4\u2CC6\u2CC8\u2CCA\u2CCC\u2CCE\u2CD0\u2CD2\u2CD4\u2CD6\u2CD8\u2CDA\u2CDC\u2CDE\u2CE0\u2CE2\u2CEB\u2CED\u2CF2\uA640\uA642\uA644\uA646\uA648\uA64A\uA64C\uA64E\uA650\uA652\uA654\uA656\uA658\uA65A\uA65C\uA65E\uA660\uA662\uA664\uA666\uA668\uA66A\uA66C\uA680\uA682\uA684\uA686\uA688\uA68A\uA68C\uA68E\uA690\uA692\uA694\uA696\uA698\uA69A\uA722\uA724\uA726\uA728\uA72A\uA72C\uA72E\uA732\uA734\uA736\uA738\uA73A\uA73C\uA73E\uA740\uA742\uA744\uA746\uA748\uA74A\uA74C\uA74E\uA750\uA752\uA754\uA756\uA758\uA75A\uA75C\uA75E\uA760\uA762\uA764\uA766\uA768\uA76A\uA76C\uA76E\uA779\uA77B\uA77D\uA77E\uA780\uA782\uA784\uA786\uA78B\uA78D\uA790\uA792\uA796\uA798\uA79A\uA79C\uA79E\uA7A0\uA7A2\uA7A4\uA7A6\uA7A8\uA7AA-\uA7AE\uA7B0-\uA7B4\uA7B6\uA7B8\uFF21-\uFF3A]|\uD801[\uDC00-\uDC27\uDCB0-\uDCD3]|\uD803[\uDC80-\uDCB2]|\uD806[\uDCA0-\uDCBF]|\uD81B[\uDE40-\uDE5F]|\uD835[\uDC00-\uDC19\uDC34-\uDC4D\uDC68-\uDC81\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB5\uDCD0-\uDCE9\uDD04\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD38\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD6C-\uDD85\uDDA0-\uDDB9\uDDD4-\uDDED\uDE08-\uDE21\uDE3C-\uDE55\uDE70-\uDE89\uDEA8-\uDEC0\uDEE2-\uDEFA\uDF1C-\uDF34\uDF56-\uDF6E\uDF90-\uDFA8\uDFCA]|\uD83A[\uDD00-\uDD21]|\uD83C[\uDD30-\uDD49\uDD50-\uDD69\uDD70-\uDD89])/.source}.*`);
      var endSplitter = getSplittingRegex(`(?:${/(?:[a-z\xAA\xB5\xBA\xDF-\xF6\xF8-\xFF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133\u0135\u0137\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148\u0149\u014B\u014D\u014F\u0151\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C\u018D\u0192\u0195\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9\u01BA\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DD\u01DF\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F\u0240\u0242\u0247\u0249\u024B\u024D\u024F-\u0293\u0295-\u02B8\u02C0\u02C1\u02E0-\u02E4\u0345\u0371\u0373\u0377\u037A-\u037D\u0390\u03AC-\u03CE\u03D0\u03D1\u03D5-\u03D7\u03D9\u03DB\u03DD\u03DF\u03E1\u03E3\u03E5\u03E7\u03E9\u03EB\u03ED\u03EF-\u03F3\u03F5\u03F8\u03FB\u03FC\u0430-\u045F\u0461\u0463\u0465\u0467\u0469\u046B\u046D\u046F\u0471\u0473\u0475\u0477\u0479\u047B\u047D\u047F\u0481\u048B\u048D\u048F\u0491\u0493\u0495\u0497\u0499\u049B\u049D\u049F\u04A1\u04A3\u04A5\u04A7\u04A9\u04AB\u04AD\u04AF\u04B1\u04B3\u04B5\u04B7\u04B9\u04BB\u04BD\u04BF\u04C2\u04C4\u04C6\u04C8\u04CA\u04CC\u04CE\u04CF\u04D1\u04D3\u04D5\u04D7\u04D9\u04DB\u04DD\u04DF\u04E1\u04E3\u04E5\u04E7\u04E9\u04EB\u04ED\u04EF\u04F1\u04F3\u04F5\u04F7\u04F9\u04FB\u04FD\u04FF\u0501\u0503\u0505\u0507\u0509\u050B\u050D\u050F\u0511\u0513\u0515\u0517\u0519\u051B\u051D\u051F\u0521\u0523\u0525\u0527\u0529\u052B\u052D\u052F\u0560-\u0588\u10D0-\u10FA\u10FD-\u10FF\u13F8-\u13FD\u1C80-\u1C88\u1D00-\u1DBF\u1E01\u1E03\u1E05\u1E07\u1E09\u1E0B\u1E0D\u1E0F\u1E11\u1E13\u1E15\u1E17\u1E19\u1E1B\u1E1D\u1E1F\u1E21\u1E23\u1E25\u1E27\u1E29\u1E2B\u1E2D\u1E2F\u1E31\u1E33\u1E35\u1E37\u1E39\u1E3B\u1E3D\u1E3F\u1E41\u1E43\u1E45\u1E47\u1E49\u1E4B\u1E4D\u1E4F\u1E51\u1E53\u1E55\u1E57\u1E59\u1E5B\u1E5D\u1E5F\u1E61\u1E63\u1E65\u1E67\u1E69\u1E6B\u1E6D\u1E6F\u1E71\u1E73\u1E75\u1E77\u1E79\u1E7B\u1E7D\u1E7F\u1E81\u1E83\u1E85\u1E87\u1E89\u1E8B\u1E8D\u1E8F\u1E91\u1E93\u1E95-\u1E9D\u1E9F\u1EA1\u1EA3\u1EA5\u1EA7\u1EA9\u1EAB\u1EAD\u1EAF\u1EB1\u1EB3\u1EB5\u1EB7\u1EB9\u1EBB\u1EBD\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1EC9\u1ECB\u1ECD\u1ECF\u1ED1\u1ED3\u1ED5\u1ED7\u1ED9\u1EDB\u1EDD\u1EDF\u1EE1\u1EE3\u1EE5\u1EE7\u1EE9\u1EEB\u1EED\u1EEF\u1EF1\u1EF3\u1EF5\u1EF7\u1EF9\u1EFB\u1EFD\u1EFF-\u1F07\u1F10-\u1F15\u1F20-\u1F27\u1F30-\u1F37\u1F40-\u1F45\u1F50-\u1F57\u1F60-\u1F67\u1F70-\u1F7D\u1F80-\u1F87\u1F90-\u1F97\u1FA0-\u1FA7\u1FB0-\u1FB4\u1FB6\u1FB7\u1FBE\u1FC2-\u1FC4\u1FC6\u1FC7\u1FD0-\u1FD3\u1FD6\u1FD7\u1FE0-\u1FE7\u1FF2-\u1FF4\u1FF6\u1FF7\u2071\u207F\u2090-\u209C\u210A\u210E\u210F\u2113\u212F\u2134\u2139\u213C\u213D\u2146-\u2149\u214E\u2170-\u217F\u2184\u24D0-\u24E9\u2C30-\u2C5E\u2C61\u2C65\u2C66\u2C68\u2C6A\u2C6C\u2C71\u2C73\u2C74\u2C76-\u2C7D\u2C81\u2C83\u2C85\u2C87\u2C89\u2C8B\u2C8D\u2C8F\u2C91\u2C93\u2C95\u2C97\u2C99\u2C9B\u2C9D\u2C9F\u2CA1\u2CA3\u2CA5\u2CA7\u2CA9\u2CAB\u2CAD\u2CAF\u2CB1\u2CB3\u2CB5\u2CB7\u2CB9\u2CBB\u2CBD\u2CBF\u2CC1\u2CC3\u2CC5\u2CC7\u2CC9\u2CCB\u2CCD\u2CCF\u2CD1\u2CD3\u2CD5\u2CD7\u2CD9\u2CDB\u2CDD\u2CDF\u2CE1\u2CE3\u2CE4\u2CEC\u2CEE\u2CF3\u2D00-\u2D25\u2D27\u2D2D\uA641\uA643\uA645\uA647\uA649\uA64B\uA64D\uA64F\uA651\uA653\uA655\uA657\uA659\uA65B\uA65D\uA65F\uA661\uA663\uA665\uA667\uA669\uA66B\uA66D\uA681\uA683\uA685\uA687\uA689\uA68B\uA68D\uA68F\uA691\uA693\uA695\uA697\uA699\uA69B-\uA69D\uA723\uA725\uA727\uA729\uA72B\uA72D\uA72F-\uA731\uA733\uA735\uA737\uA739\uA73B\uA73D\uA73F\uA741\uA743\uA745\uA747\uA749\uA74B\uA74D\uA74F\uA751\uA753\uA755\uA757\uA759\uA75B\uA75D\uA75F\uA761\uA763\uA765\uA767\uA769\uA76B\uA76D\uA76F-\uA778\uA77A\uA77C\uA77F\uA781\uA783\uA785\uA787\uA78C\uA78E\uA791\uA793-\uA795\uA797\uA799\uA79B\uA79D\uA79F\uA7A1\uA7A3\uA7A5\uA7A7\uA7A9\uA7AF\uA7B5\uA7B7\uA7B9\uA7F8-\uA7FA\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABBF\uFB00-\uFB06\uFB13-\uFB17\uFF41-\uFF5A]|\uD801[\uDC28-\uDC4F\uDCD8-\uDCFB]|\uD803[\uDCC0-\uDCF2]|\uD806[\uDCC0-\uDCDF]|\uD81B[\uDE60-\uDE7F]|\uD835[\uDC1A-\uDC33\uDC4E-\uDC54\uDC56-\uDC67\uDC82-\uDC9B\uDCB6-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDCCF\uDCEA-\uDD03\uDD1E-\uDD37\uDD52-\uDD6B\uDD86-\uDD9F\uDDBA-\uDDD3\uDDEE-\uDE07\uDE22-\uDE3B\uDE56-\uDE6F\uDE8A-\uDEA5\uDEC2-\uDEDA\uDEDC-\uDEE1\uDEFC-\uDF14\uDF16-\uDF1B\uDF36-\uDF4E\uDF50-\uDF55\uDF70-\uDF88\uDF8A-\uDF8F\uDFAA-\uDFC2\uDFC4-\uDFC9\uDFCB]|\uD83A[\uDD22-\uDD43])/.source}.*|${particleMatcher}.*|\\S*)`);
      var parseName = function parseName2(name = "") {
        if (typeof name !== "string") {
          name = name + "";
        }
        let start = "";
        let mid = "";
        let end = "";
        if (/[^.], /.test(name)) {
          const parts = name.split(", ");
          end = parts.shift();
          const suffixMatch = RegExp(suffixMatcher).exec(parts.join(", "));
          start = parts.splice(suffixMatch && suffixMatch.index !== 0 ? 0 : -1, 1)[0];
          mid = parts.join(", ");
        } else {
          const parts = name.split(suffixSplitter, 2);
          const main = parts.shift().split(endSplitter, 2);
          start = main[0];
          end = main[1];
          mid = parts.pop();
        }
        const _start$match = start.match(titleSplitter), _start$match2 = _slicedToArray(_start$match, 3), droppingParticle = _start$match2[1], given = _start$match2[2];
        const suffix = mid;
        const _end$split$reverse = end.split(particleSplitter, 2).reverse(), _end$split$reverse2 = _slicedToArray(_end$split$reverse, 2), family = _end$split$reverse2[0], nonDroppingParticle = _end$split$reverse2[1];
        if (!given && family) {
          return family.includes(" ") ? {
            literal: family
          } : {
            family
          };
        } else if (family) {
          const nameObject = {
            "dropping-particle": droppingParticle,
            given,
            suffix,
            "non-dropping-particle": nonDroppingParticle,
            family
          };
          Object.keys(nameObject).forEach((key) => {
            if (!nameObject[key]) {
              delete nameObject[key];
            }
          });
          return nameObject;
        } else {
          return {
            literal: name
          };
        }
      };
      exports.default = exports.parse = parseName;
      var scope = "@name";
      exports.scope = scope;
      var types = "@name";
      exports.types = types;
    }
  });

  // node_modules/@citation-js/name/lib/output.js
  var require_output = __commonJS({
    "node_modules/@citation-js/name/lib/output.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var startParts = ["dropping-particle", "given"];
      var suffixParts = ["suffix"];
      var endParts = ["non-dropping-particle", "family"];
      var getName = function getName2(name, reversed = false) {
        const get = (parts) => parts.map((entry) => name[entry] || "").filter(Boolean).join(" ");
        if (name.literal) {
          return name.literal;
        } else if (reversed) {
          const suffixPart = get(suffixParts) ? `, ${get(suffixParts)}` : "";
          const startPart = get(startParts) ? `, ${get(startParts)}` : "";
          return get(endParts) + suffixPart + startPart;
        } else {
          return `${get([...startParts, ...suffixParts, ...endParts])}`;
        }
      };
      var _default = getName;
      exports.default = _default;
    }
  });

  // node_modules/@citation-js/name/lib/index.js
  var require_lib = __commonJS({
    "node_modules/@citation-js/name/lib/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      Object.defineProperty(exports, "parse", {
        enumerable: true,
        get: function get() {
          return _input.default;
        }
      });
      Object.defineProperty(exports, "format", {
        enumerable: true,
        get: function get() {
          return _output.default;
        }
      });
      var _input = _interopRequireDefault(require_input());
      var _output = _interopRequireDefault(require_output());
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { default: obj };
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugins/input/csl.js
  var require_csl = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/input/csl.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.clean = parseCsl;
      var _name = require_lib();
      function ownKeys(e, r) {
        var t = Object.keys(e);
        if (Object.getOwnPropertySymbols) {
          var o = Object.getOwnPropertySymbols(e);
          r && (o = o.filter(function(r2) {
            return Object.getOwnPropertyDescriptor(e, r2).enumerable;
          })), t.push.apply(t, o);
        }
        return t;
      }
      function _objectSpread(e) {
        for (var r = 1; r < arguments.length; r++) {
          var t = null != arguments[r] ? arguments[r] : {};
          r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
            _defineProperty(e, r2, t[r2]);
          }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
            Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
          });
        }
        return e;
      }
      function _defineProperty(e, r, t) {
        return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
      }
      function _toPropertyKey(t) {
        var i = _toPrimitive(t, "string");
        return "symbol" == typeof i ? i : i + "";
      }
      function _toPrimitive(t, r) {
        if ("object" != typeof t || !t) return t;
        var e = t[Symbol.toPrimitive];
        if (void 0 !== e) {
          var i = e.call(t, r || "default");
          if ("object" != typeof i) return i;
          throw new TypeError("@@toPrimitive must return a primitive value.");
        }
        return ("string" === r ? String : Number)(t);
      }
      var NAME = 1;
      var NAME_LIST = 2;
      var DATE = 3;
      var TYPE = 4;
      var entryTypes = {
        article: true,
        "article-journal": true,
        "article-magazine": true,
        "article-newspaper": true,
        bill: true,
        book: true,
        broadcast: true,
        chapter: true,
        classic: true,
        collection: true,
        dataset: true,
        document: true,
        entry: true,
        "entry-dictionary": true,
        "entry-encyclopedia": true,
        event: true,
        figure: true,
        graphic: true,
        hearing: true,
        interview: true,
        legal_case: true,
        legislation: true,
        manuscript: true,
        map: true,
        motion_picture: true,
        musical_score: true,
        pamphlet: true,
        "paper-conference": true,
        patent: true,
        performance: true,
        periodical: true,
        personal_communication: true,
        post: true,
        "post-weblog": true,
        regulation: true,
        report: true,
        review: true,
        "review-book": true,
        software: true,
        song: true,
        speech: true,
        standard: true,
        thesis: true,
        treaty: true,
        webpage: true,
        "journal-article": "article-journal",
        "book-chapter": "chapter",
        "posted-content": "manuscript",
        "proceedings-article": "paper-conference",
        dissertation: "thesis"
      };
      var fieldTypes = {
        author: NAME_LIST,
        chair: NAME_LIST,
        "collection-editor": NAME_LIST,
        compiler: NAME_LIST,
        composer: NAME_LIST,
        "container-author": NAME_LIST,
        contributor: NAME_LIST,
        curator: NAME_LIST,
        director: NAME_LIST,
        editor: NAME_LIST,
        "editorial-director": NAME_LIST,
        "executive-producer": NAME_LIST,
        guest: NAME_LIST,
        host: NAME_LIST,
        interviewer: NAME_LIST,
        illustrator: NAME_LIST,
        narrator: NAME_LIST,
        organizer: NAME_LIST,
        "original-author": NAME_LIST,
        performer: NAME_LIST,
        producer: NAME_LIST,
        "reviewed-author": NAME_LIST,
        recipient: NAME_LIST,
        "script-writer": NAME_LIST,
        "series-creator": NAME_LIST,
        translator: NAME_LIST,
        accessed: DATE,
        "available-date": DATE,
        container: DATE,
        "event-date": DATE,
        issued: DATE,
        "original-date": DATE,
        submitted: DATE,
        type: TYPE,
        categories: "object",
        custom: "object",
        id: ["string", "number"],
        language: "string",
        journalAbbreviation: "string",
        shortTitle: "string",
        abstract: "string",
        annote: "string",
        archive: "string",
        archive_collection: "string",
        archive_location: "string",
        "archive-place": "string",
        authority: "string",
        "call-number": "string",
        "chapter-number": "string",
        "citation-number": "string",
        "citation-key": "string",
        "citation-label": "string",
        "collection-number": "string",
        "collection-title": "string",
        "container-title": "string",
        "container-title-short": "string",
        dimensions: "string",
        division: "string",
        DOI: "string",
        edition: ["string", "number"],
        event: "string",
        "event-title": "string",
        "event-place": "string",
        "first-reference-note-number": "string",
        genre: "string",
        ISBN: "string",
        ISSN: "string",
        issue: ["string", "number"],
        jurisdiction: "string",
        keyword: "string",
        locator: "string",
        medium: "string",
        note: "string",
        number: ["string", "number"],
        "number-of-pages": "string",
        "number-of-volumes": ["string", "number"],
        "original-publisher": "string",
        "original-publisher-place": "string",
        "original-title": "string",
        page: "string",
        "page-first": "string",
        "part-number": ["string", "number"],
        "part-title": "string",
        PMCID: "string",
        PMID: "string",
        printing: "string",
        publisher: "string",
        "publisher-place": "string",
        references: "string",
        "reviewed-title": "string",
        "reviewed-genre": "string",
        scale: "string",
        section: "string",
        source: "string",
        status: "string",
        supplement: ["string", "number"],
        title: "string",
        "title-short": "string",
        URL: "string",
        version: "string",
        volume: ["string", "number"],
        "volume-title": "string",
        "volume-title-short": "string",
        "year-suffix": "string"
      };
      function correctName(name, bestGuessConversions) {
        if (typeof name === "object" && name !== null && (name.literal || name.given || name.family)) {
          if (name.ORCID || name.orcid || name._ORCID) {
            name = _objectSpread({
              _orcid: name.ORCID || name.orcid || name._ORCID
            }, name);
            delete name.ORCID;
            delete name.orcid;
            delete name._ORCID;
          }
          return name;
        } else if (!bestGuessConversions) {
          return void 0;
        } else if (typeof name === "string") {
          return (0, _name.parse)(name);
        }
      }
      function correctNameList(nameList, bestGuessConversions) {
        if (nameList instanceof Array) {
          const names = nameList.map((name) => correctName(name, bestGuessConversions)).filter(Boolean);
          return names.length ? names : void 0;
        }
      }
      function correctDateParts(dateParts, bestGuessConversions) {
        if (dateParts.every((part) => typeof part === "number")) {
          return dateParts;
        } else if (!bestGuessConversions || dateParts.some((part) => isNaN(parseInt(part)))) {
          return void 0;
        } else {
          return dateParts.map((part) => parseInt(part));
        }
      }
      function correctDate(date, bestGuessConversions) {
        const dp = "date-parts";
        if (typeof date !== "object" || date === null) {
          return void 0;
        } else if (date[dp] instanceof Array && date[dp].every((part) => part instanceof Array)) {
          const range = date[dp].map((dateParts) => correctDateParts(dateParts, bestGuessConversions)).filter(Boolean);
          return range.length ? _objectSpread(_objectSpread({}, date), {}, {
            "date-parts": range
          }) : void 0;
        } else if (date instanceof Array && date.every((part) => part[dp] instanceof Array)) {
          const range = date.map((dateParts) => correctDateParts(dateParts[dp], bestGuessConversions)).filter(Boolean);
          return range.length ? {
            "date-parts": range
          } : void 0;
        } else if (date[dp] instanceof Array) {
          const dateParts = correctDateParts(date[dp], bestGuessConversions);
          return dateParts && {
            "date-parts": [dateParts]
          };
        } else if ("literal" in date || "raw" in date) {
          return date;
        }
      }
      function correctType(type, bestGuessConversions) {
        type = correctField("language", type, bestGuessConversions);
        if (entryTypes[type] === true) {
          return type;
        }
        if (bestGuessConversions) {
          if (type in entryTypes) {
            return entryTypes[type];
          } else if (typeof type === "string" && type.toLowerCase() !== type) {
            return correctType(type.toLowerCase(), bestGuessConversions);
          }
        }
        return void 0;
      }
      function correctField(fieldName, value, bestGuessConversions) {
        const fieldType = [].concat(fieldTypes[fieldName]);
        switch (fieldTypes[fieldName]) {
          case NAME:
            return correctName(value, bestGuessConversions);
          case NAME_LIST:
            return correctNameList(value, bestGuessConversions);
          case DATE:
            return correctDate(value, bestGuessConversions);
          case TYPE:
            return correctType(value, bestGuessConversions);
        }
        if (bestGuessConversions) {
          if (typeof value === "string" && fieldType.includes("number") && !fieldType.includes("string") && !isNaN(+value)) {
            return parseFloat(value);
          } else if (typeof value === "number" && fieldType.includes("string") && !fieldType.includes("number")) {
            return value.toString();
          } else if (Array.isArray(value) && value.length) {
            return correctField(fieldName, value[0], bestGuessConversions);
          }
        }
        if (fieldType.includes(typeof value)) {
          return value;
        }
      }
      function parseCsl(data, bestGuessConversions = true) {
        return data.map(function(entry) {
          const clean = {};
          for (const field in entry) {
            const correction = correctField(field, entry[field], bestGuessConversions);
            if (correction !== void 0) {
              clean[field] = correction;
            }
          }
          return clean;
        });
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugins/input/data.js
  var require_data = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/input/data.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.addDataParser = addDataParser;
      exports.data = data;
      exports.dataAsync = dataAsync;
      exports.hasDataParser = hasDataParser;
      exports.listDataParser = listDataParser;
      exports.removeDataParser = removeDataParser;
      var _type = require_type();
      var parsers = {};
      var asyncParsers = {};
      var nativeParsers = {
        "@csl/object": (input) => [input],
        "@csl/list+object": (input) => input,
        "@else/list+object": (input) => input.map((item) => {
          const type = (0, _type.type)(item);
          return data(item, type);
        }).flat(),
        "@invalid": () => {
          throw new Error("This format is not supported or recognized");
        }
      };
      var nativeAsyncParsers = {
        "@else/list+object": (input) => Promise.all(input.map((item) => {
          const type = (0, _type.type)(item);
          return dataAsync(item, type);
        })).then((input2) => input2.flat())
      };
      function data(input, type) {
        if (typeof parsers[type] === "function") {
          return parsers[type](input);
        } else if (typeof nativeParsers[type] === "function") {
          return nativeParsers[type](input);
        } else {
          throw new TypeError(`No synchronous parser found for ${type}`);
        }
      }
      async function dataAsync(input, type) {
        if (typeof asyncParsers[type] === "function") {
          return asyncParsers[type](input);
        } else if (typeof nativeAsyncParsers[type] === "function") {
          return nativeAsyncParsers[type](input);
        } else if (hasDataParser(type, false)) {
          return data(input, type);
        } else {
          throw new TypeError(`No parser found for ${type}`);
        }
      }
      function addDataParser(format, {
        parser,
        async
      }) {
        if (async) {
          asyncParsers[format] = parser;
        } else {
          parsers[format] = parser;
        }
      }
      function hasDataParser(type, async) {
        return async ? asyncParsers[type] || nativeAsyncParsers[type] : parsers[type] || nativeParsers[type];
      }
      function removeDataParser(type, async) {
        delete (async ? asyncParsers : parsers)[type];
      }
      function listDataParser(async) {
        return Object.keys(async ? asyncParsers : parsers);
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugins/input/register.js
  var require_register = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/input/register.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.add = add;
      exports.get = get;
      exports.has = has;
      exports.list = list;
      exports.remove = remove;
      var _parser = require_parser();
      var _type = require_type();
      var _data = require_data();
      var formats = {};
      function add(format, parsers) {
        const formatParser = new _parser.FormatParser(format, parsers);
        formatParser.validate();
        const index = formats[format] || (formats[format] = {});
        if (formatParser.typeParser) {
          (0, _type.addTypeParser)(format, formatParser.typeParser);
          index.type = true;
        }
        if (formatParser.dataParser) {
          (0, _data.addDataParser)(format, formatParser.dataParser);
          index.data = true;
        }
        if (formatParser.asyncDataParser) {
          (0, _data.addDataParser)(format, formatParser.asyncDataParser);
          index.asyncData = true;
        }
        if (parsers.outputs) {
          index.outputs = parsers.outputs;
        }
      }
      function get(format) {
        return formats[format];
      }
      function remove(format) {
        const index = formats[format];
        if (!index) {
          return;
        }
        if (index.type) {
          (0, _type.removeTypeParser)(format);
        }
        if (index.data) {
          (0, _data.removeDataParser)(format);
        }
        if (index.asyncData) {
          (0, _data.removeDataParser)(format, true);
        }
        delete formats[format];
      }
      function has(format) {
        return format in formats;
      }
      function list() {
        return Object.keys(formats);
      }
    }
  });

  // node_modules/@citation-js/core/lib/util/csl.js
  var require_csl2 = __commonJS({
    "node_modules/@citation-js/core/lib/util/csl.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.downgradeCsl = downgradeCsl;
      exports.upgradeCsl = upgradeCsl;
      function ownKeys(e, r) {
        var t = Object.keys(e);
        if (Object.getOwnPropertySymbols) {
          var o = Object.getOwnPropertySymbols(e);
          r && (o = o.filter(function(r2) {
            return Object.getOwnPropertyDescriptor(e, r2).enumerable;
          })), t.push.apply(t, o);
        }
        return t;
      }
      function _objectSpread(e) {
        for (var r = 1; r < arguments.length; r++) {
          var t = null != arguments[r] ? arguments[r] : {};
          r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
            _defineProperty(e, r2, t[r2]);
          }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
            Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
          });
        }
        return e;
      }
      function _defineProperty(e, r, t) {
        return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
      }
      function _toPropertyKey(t) {
        var i = _toPrimitive(t, "string");
        return "symbol" == typeof i ? i : i + "";
      }
      function _toPrimitive(t, r) {
        if ("object" != typeof t || !t) return t;
        var e = t[Symbol.toPrimitive];
        if (void 0 !== e) {
          var i = e.call(t, r || "default");
          if ("object" != typeof i) return i;
          throw new TypeError("@@toPrimitive must return a primitive value.");
        }
        return ("string" === r ? String : Number)(t);
      }
      function upgradeCsl(item) {
        if (Array.isArray(item)) {
          return item.map(upgradeCsl);
        }
        item = _objectSpread({}, item);
        if ("event" in item) {
          item["event-title"] = item.event;
          delete item.event;
        }
        if (item.type === "book" && "version" in item) {
          item.type = "software";
        }
        return item;
      }
      function downgradeCsl(item) {
        if (Array.isArray(item)) {
          return item.map(downgradeCsl);
        }
        item = _objectSpread({}, item);
        if ("event-title" in item) {
          item.event = item["event-title"];
          delete item["event-title"];
        }
        if (item.type === "software") {
          item.type = "book";
        }
        return item;
      }
    }
  });

  // node_modules/@citation-js/core/lib/util/deepCopy.js
  var require_deepCopy = __commonJS({
    "node_modules/@citation-js/core/lib/util/deepCopy.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.deepCopy = deepCopy;
      exports.default = void 0;
      function deepCopy(value, seen = /* @__PURE__ */ new Set()) {
        if (typeof value !== "object" || value === null || value.constructor !== Object && value.constructor !== Array) {
          return value;
        }
        if (seen.has(value)) {
          throw new TypeError("Recursively copying circular structure");
        }
        seen.add(value);
        let copy;
        if (value.constructor === Array) {
          copy = value.map((value2) => deepCopy(value2, seen));
        } else {
          const object = {};
          for (const key in value) {
            object[key] = deepCopy(value[key], seen);
          }
          copy = object;
        }
        seen.delete(value);
        return copy;
      }
      var _default = exports.default = deepCopy;
    }
  });

  // stubs/no-fetch.js
  var require_no_fetch = __commonJS({
    "stubs/no-fetch.js"(exports, module) {
      function noFetch() {
        throw new Error("citation-js bundle: fetching is disabled");
      }
      module.exports = noFetch;
      module.exports.default = noFetch;
      module.exports.Headers = function Headers2() {
      };
    }
  });

  // node_modules/@citation-js/core/package.json
  var require_package = __commonJS({
    "node_modules/@citation-js/core/package.json"(exports, module) {
      module.exports = {
        name: "@citation-js/core",
        version: "0.8.2",
        description: "Convert different bibliographic metadata sources",
        keywords: [
          "citation-js",
          "citation",
          "bibliography"
        ],
        author: "Lars Willighagen <lars.willighagen@gmail.com>",
        license: "MIT",
        main: "lib/index.js",
        module: "lib-mjs/index.js",
        directories: {
          lib: "src",
          test: "__tests__"
        },
        homepage: "https://citation.js.org/",
        repository: {
          type: "git",
          url: "https://github.com/citation-js/citation-js.git",
          directory: "packages/core"
        },
        bugs: {
          url: "https://github.com/citation-js/citation-js/issues"
        },
        engines: {
          node: ">=20.19.0"
        },
        files: [
          "lib",
          "lib-mjs"
        ],
        scripts: {
          test: "mocha -c -R dot -r @babel/register test/*.spec.js",
          "test:live": "TEST_MOCK_HTTP=false npm test",
          coverage: "NODE_ENV=coverage nyc npm test -- -c && nyc report --reporter=text-lcov > coverage.lcov"
        },
        dependencies: {
          "@citation-js/date": "^0.5.0",
          "@citation-js/name": "^0.4.2",
          "node-fetch": "^3.3.2",
          "sync-fetch": "^0.6.0"
        },
        gitHead: "28ce00a6a5dd967baeb7f128f3f6b4a7217e5d46"
      };
    }
  });

  // node_modules/@citation-js/core/lib/util/fetchFile.js
  var require_fetchFile = __commonJS({
    "node_modules/@citation-js/core/lib/util/fetchFile.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      exports.fetchFile = fetchFile;
      exports.fetchFileAsync = fetchFileAsync;
      exports.setUserAgent = setUserAgent;
      var _syncFetch = _interopRequireDefault(require_no_fetch());
      var _nodeFetch = _interopRequireWildcard(require_no_fetch());
      var _logger = _interopRequireDefault(require_logger());
      var _package = _interopRequireDefault(require_package());
      function _interopRequireWildcard(e, t) {
        if ("function" == typeof WeakMap) var r = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakMap();
        return (_interopRequireWildcard = function(e2, t2) {
          if (!t2 && e2 && e2.__esModule) return e2;
          var o, i, f = { __proto__: null, default: e2 };
          if (null === e2 || "object" != typeof e2 && "function" != typeof e2) return f;
          if (o = t2 ? n : r) {
            if (o.has(e2)) return o.get(e2);
            o.set(e2, f);
          }
          for (const t3 in e2) "default" !== t3 && {}.hasOwnProperty.call(e2, t3) && ((i = (o = Object.defineProperty) && Object.getOwnPropertyDescriptor(e2, t3)) && (i.get || i.set) ? o(f, t3, i) : f[t3] = e2[t3]);
          return f;
        })(e, t);
      }
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var isBrowser = typeof location !== "undefined" && typeof navigator !== "undefined";
      var asyncFetch = isBrowser ? fetch : _nodeFetch.default;
      var asyncHeaders = isBrowser ? Headers : _nodeFetch.Headers;
      var userAgent = `Citation.js/${_package.default.version}`;
      if (typeof process !== "undefined" && process && process.release && process.release.name === "node" && process.version) {
        userAgent += ` Node.js/${process.version}`;
      }
      function normaliseHeaders(headers) {
        const result = {};
        const entries = headers instanceof asyncHeaders || headers instanceof _syncFetch.default.Headers ? Array.from(headers) : Object.entries(headers);
        for (const [name, header] of entries) {
          result[name.toLowerCase()] = header.toString();
        }
        return result;
      }
      function parseOpts(opts = {}) {
        const reqOpts = {
          headers: {
            accept: "*/*"
          },
          method: "GET",
          checkContentType: opts.checkContentType
        };
        if (userAgent && !isBrowser) {
          reqOpts.headers["user-agent"] = userAgent;
        }
        if (opts.body) {
          reqOpts.method = "POST";
          const isJson = typeof opts.body !== "string";
          reqOpts.body = isJson ? JSON.stringify(opts.body) : opts.body;
          reqOpts.headers["content-type"] = isJson ? "application/json" : "text/plain";
        }
        if (opts.headers) {
          Object.assign(reqOpts.headers, normaliseHeaders(opts.headers));
        }
        return reqOpts;
      }
      function sameType(request, response) {
        if (!request.accept || request.accept === "*/*" || !response["content-type"]) {
          return true;
        }
        const [a, b] = response["content-type"].split(";")[0].trim().split("/");
        return request.accept.split(",").map((type) => type.split(";")[0].trim().split("/")).some(([c, d]) => (c === a || c === "*") && (d === b || d === "*"));
      }
      function checkResponse(response, opts) {
        const {
          status,
          headers
        } = response;
        let error;
        if (status >= 400) {
          error = new Error(`Server responded with status code ${status}`);
        } else if (opts.checkContentType === true && !sameType(opts.headers, normaliseHeaders(headers))) {
          error = new Error(`Server responded with content-type ${headers.get("content-type")}`);
        }
        if (error) {
          error.status = status;
          error.headers = headers;
          error.body = response.body;
          throw error;
        }
        return response;
      }
      function fetchFile(url, opts) {
        const reqOpts = parseOpts(opts);
        _logger.default.http("[core]", reqOpts.method, url, reqOpts);
        const response = checkResponse((0, _syncFetch.default)(url, reqOpts), reqOpts);
        return response.text();
      }
      async function fetchFileAsync(url, opts) {
        const reqOpts = parseOpts(opts);
        _logger.default.http("[core]", reqOpts.method, url, reqOpts);
        return asyncFetch(url, reqOpts).then((response) => checkResponse(response, reqOpts)).then((response) => response.text());
      }
      function setUserAgent(newUserAgent) {
        userAgent = newUserAgent;
      }
      var _default = exports.default = fetchFile;
    }
  });

  // node_modules/@citation-js/core/lib/util/fetchId.js
  var require_fetchId = __commonJS({
    "node_modules/@citation-js/core/lib/util/fetchId.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      function fetchId(list, prefix) {
        let id;
        while (id === void 0 || list.includes(id)) {
          id = `${prefix}${Math.random().toString().slice(2)}`;
        }
        return id;
      }
      var _default = exports.default = fetchId;
    }
  });

  // node_modules/@citation-js/core/lib/util/stack.js
  var require_stack = __commonJS({
    "node_modules/@citation-js/core/lib/util/stack.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var TokenStack = class _TokenStack {
        constructor(array) {
          this.stack = array;
          this.index = 0;
          this.current = this.stack[this.index];
        }
        static getPatternText(pattern) {
          return `"${pattern instanceof RegExp ? pattern.source : pattern}"`;
        }
        static getMatchCallback(pattern) {
          if (Array.isArray(pattern)) {
            const matches = pattern.map(_TokenStack.getMatchCallback);
            return (token) => matches.some((matchCallback) => matchCallback(token));
          } else if (pattern instanceof Function) {
            return pattern;
          } else if (pattern instanceof RegExp) {
            return (token) => pattern.test(token);
          } else {
            return (token) => pattern === token;
          }
        }
        tokensLeft() {
          return this.stack.length - this.index;
        }
        matches(pattern) {
          return _TokenStack.getMatchCallback(pattern)(this.current, this.index, this.stack);
        }
        matchesSequence(sequence) {
          const part = this.stack.slice(this.index, this.index + sequence.length).join("");
          return typeof sequence === "string" ? part === sequence : sequence.every((pattern, index) => _TokenStack.getMatchCallback(pattern)(part[index]));
        }
        consumeToken(pattern = /^[\s\S]$/, {
          inverse = false,
          spaced = true
        } = {}) {
          if (spaced) {
            this.consumeWhitespace();
          }
          const token = this.current;
          const match = _TokenStack.getMatchCallback(pattern)(token, this.index, this.stack);
          if (match) {
            this.current = this.stack[++this.index];
          } else {
            throw new SyntaxError(`Unexpected token at index ${this.index}: Expected ${_TokenStack.getPatternText(pattern)}, got "${token}"`);
          }
          if (spaced) {
            this.consumeWhitespace();
          }
          return token;
        }
        consumeWhitespace(pattern = /^\s$/, {
          optional = true
        } = {}) {
          return this.consume(pattern, {
            min: +!optional
          });
        }
        consumeN(length) {
          if (this.tokensLeft() < length) {
            throw new SyntaxError("Not enough tokens left");
          }
          const start = this.index;
          while (length--) {
            this.current = this.stack[++this.index];
          }
          return this.stack.slice(start, this.index).join("");
        }
        consumeSequence(sequence) {
          if (this.matchesSequence(sequence)) {
            return this.consumeN(sequence.length);
          } else {
            throw new SyntaxError(`Expected "${sequence}", got "${this.consumeN(sequence.length)}"`);
          }
        }
        consume(pattern = /^[\s\S]$/, {
          min = 0,
          max = Infinity,
          inverse = false,
          tokenMap,
          tokenFilter
        } = {}) {
          const start = this.index;
          const match = _TokenStack.getMatchCallback(pattern);
          while (match(this.current, this.index, this.stack) !== inverse) {
            this.current = this.stack[++this.index];
          }
          let consumed = this.stack.slice(start, this.index);
          if (consumed.length < min) {
            throw new SyntaxError(`Not enough ${_TokenStack.getPatternText(pattern)}`);
          } else if (consumed.length > max) {
            throw new SyntaxError(`Too many ${_TokenStack.getPatternText(pattern)}`);
          }
          if (tokenMap) {
            consumed = consumed.map(tokenMap);
          }
          if (tokenFilter) {
            consumed = consumed.filter(tokenFilter);
          }
          return consumed.join("");
        }
      };
      var _default = exports.default = TokenStack;
    }
  });

  // node_modules/@citation-js/core/lib/util/register.js
  var require_register2 = __commonJS({
    "node_modules/@citation-js/core/lib/util/register.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var Register = class {
        constructor(data = {}) {
          this.data = data;
        }
        set(key, value) {
          this.data[key] = value;
          return this;
        }
        add(...args) {
          return this.set(...args);
        }
        delete(key) {
          delete this.data[key];
          return this;
        }
        remove(...args) {
          return this.delete(...args);
        }
        get(key) {
          return this.data[key];
        }
        has(key) {
          return Object.prototype.hasOwnProperty.call(this.data, key);
        }
        list() {
          return Object.keys(this.data);
        }
      };
      var _default = exports.default = Register;
    }
  });

  // node_modules/@citation-js/core/lib/util/grammar.js
  var require_grammar = __commonJS({
    "node_modules/@citation-js/core/lib/util/grammar.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.Grammar = void 0;
      var _deepCopy = require_deepCopy();
      var Grammar = class {
        constructor(rules, state) {
          this.rules = rules;
          this.defaultState = state;
          this.mainRule = Object.keys(rules)[0];
          this.log = [];
        }
        parse(iterator, mainRule) {
          this.lexer = iterator;
          this.token = this.lexer.next();
          this.state = (0, _deepCopy.deepCopy)(this.defaultState);
          this.log = [];
          return this.consumeRule(mainRule || this.mainRule);
        }
        matchEndOfFile() {
          return !this.token;
        }
        matchToken(type) {
          return this.token && type === this.token.type;
        }
        consumeToken(type, optional) {
          const token = this.token;
          if (!type || token && token.type === type) {
            this.token = this.lexer.next();
            return token;
          } else if (optional) {
            return void 0;
          } else {
            const got = token ? `"${token.type}"` : "EOF";
            const error = new SyntaxError(this.lexer.formatError(token, `expected "${type}", got ${got}`));
            error.message += ` (${this.log.join("->")})`;
            throw error;
          }
        }
        consumeRule(rule) {
          this.log.push(rule);
          const result = this.rules[rule].call(this);
          this.log.pop();
          return result;
        }
      };
      exports.Grammar = Grammar;
    }
  });

  // node_modules/@citation-js/core/lib/util/translator.js
  var require_translator = __commonJS({
    "node_modules/@citation-js/core/lib/util/translator.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.Translator = void 0;
      function createConditionEval(condition) {
        return function conditionEval(input) {
          if (typeof condition === "boolean") {
            return condition;
          }
          return Object.keys(condition).every((prop) => {
            const value = condition[prop];
            if (value === true) {
              return prop in input;
            } else if (value === false) {
              return !(prop in input);
            } else if (typeof value === "function") {
              return value(input[prop]);
            } else if (Array.isArray(value)) {
              return value.includes(input[prop]);
            } else {
              return input[prop] === value;
            }
          });
        };
      }
      function parsePropStatement(prop, toSource) {
        let inputProp;
        let outputProp;
        let convert;
        let condition;
        if (typeof prop === "string") {
          inputProp = outputProp = prop;
        } else if (prop) {
          inputProp = toSource ? prop.target : prop.source;
          outputProp = toSource ? prop.source : prop.target;
          if (prop.convert) {
            convert = toSource ? prop.convert.toSource : prop.convert.toTarget;
          }
          if (prop.when) {
            condition = toSource ? prop.when.target : prop.when.source;
            if (condition != null) {
              condition = createConditionEval(condition);
            }
          }
        } else {
          return null;
        }
        inputProp = [].concat(inputProp).filter(Boolean);
        outputProp = [].concat(outputProp).filter(Boolean);
        return {
          inputProp,
          outputProp,
          convert,
          condition
        };
      }
      function createConverter(props, toSource) {
        toSource = toSource === Translator.CONVERT_TO_SOURCE;
        props = props.map((prop) => parsePropStatement(prop, toSource)).filter(Boolean);
        return function converter(input) {
          const output = {};
          for (const {
            inputProp,
            outputProp,
            convert,
            condition
          } of props) {
            if (outputProp.length === 0) {
              continue;
            } else if (condition && !condition(input)) {
              continue;
            } else if (inputProp.length !== 0 && inputProp.every((prop) => !(prop in input))) {
              continue;
            }
            let outputData = inputProp.map((prop) => input[prop]);
            if (convert) {
              try {
                const converted = convert.apply(input, outputData);
                outputData = outputProp.length === 1 ? [converted] : converted;
              } catch (cause) {
                throw new Error(`Failed to convert ${inputProp} to ${outputProp}`, {
                  cause
                });
              }
            }
            outputProp.forEach((prop, index) => {
              const value = outputData[index];
              if (value !== void 0) {
                output[prop] = value;
              }
            });
          }
          return output;
        };
      }
      var Translator = class _Translator {
        constructor(props) {
          this.convertToSource = createConverter(props, _Translator.CONVERT_TO_SOURCE);
          this.convertToTarget = createConverter(props, _Translator.CONVERT_TO_TARGET);
        }
      };
      exports.Translator = Translator;
      Translator.CONVERT_TO_SOURCE = /* @__PURE__ */ Symbol("convert to source");
      Translator.CONVERT_TO_TARGET = /* @__PURE__ */ Symbol("convert to target");
    }
  });

  // node_modules/@citation-js/core/lib/util/index.js
  var require_util = __commonJS({
    "node_modules/@citation-js/core/lib/util/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      Object.defineProperty(exports, "Grammar", {
        enumerable: true,
        get: function() {
          return _grammar.Grammar;
        }
      });
      Object.defineProperty(exports, "Register", {
        enumerable: true,
        get: function() {
          return _register.default;
        }
      });
      Object.defineProperty(exports, "TokenStack", {
        enumerable: true,
        get: function() {
          return _stack.default;
        }
      });
      Object.defineProperty(exports, "Translator", {
        enumerable: true,
        get: function() {
          return _translator.Translator;
        }
      });
      Object.defineProperty(exports, "deepCopy", {
        enumerable: true,
        get: function() {
          return _deepCopy.default;
        }
      });
      Object.defineProperty(exports, "downgradeCsl", {
        enumerable: true,
        get: function() {
          return _csl.downgradeCsl;
        }
      });
      Object.defineProperty(exports, "fetchFile", {
        enumerable: true,
        get: function() {
          return _fetchFile.fetchFile;
        }
      });
      Object.defineProperty(exports, "fetchFileAsync", {
        enumerable: true,
        get: function() {
          return _fetchFile.fetchFileAsync;
        }
      });
      Object.defineProperty(exports, "fetchId", {
        enumerable: true,
        get: function() {
          return _fetchId.default;
        }
      });
      Object.defineProperty(exports, "setUserAgent", {
        enumerable: true,
        get: function() {
          return _fetchFile.setUserAgent;
        }
      });
      Object.defineProperty(exports, "upgradeCsl", {
        enumerable: true,
        get: function() {
          return _csl.upgradeCsl;
        }
      });
      var _csl = require_csl2();
      var _deepCopy = _interopRequireDefault(require_deepCopy());
      var _fetchFile = require_fetchFile();
      var _fetchId = _interopRequireDefault(require_fetchId());
      var _stack = _interopRequireDefault(require_stack());
      var _register = _interopRequireDefault(require_register2());
      var _grammar = require_grammar();
      var _translator = require_translator();
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugins/input/chain.js
  var require_chain = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/input/chain.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.chainLinkAsync = exports.chainLink = exports.chainAsync = exports.chain = void 0;
      var _index = require_util();
      var _logger = _interopRequireDefault(require_logger());
      var _register = require_register();
      var _type = require_type();
      var _data = require_data();
      var _graph = require_graph();
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      function prepareParseGraph(graph) {
        return graph.reduce((array, next) => {
          const last = array[array.length - 1];
          if (last && last.type === next.type) {
            last.count = last.count + 1 || 2;
          } else {
            array.push(next);
          }
          return array;
        }, []).map((element) => (element.count > 1 ? element.count + "x " : "") + element.type).join(" -> ");
      }
      var ChainParser = class {
        constructor(input, options = {}) {
          this.options = Object.assign({
            generateGraph: true,
            forceType: (0, _type.type)(input),
            maxChainLength: 10,
            strict: true,
            target: "@csl/list+object"
          }, options);
          this.type = this.options.forceType;
          this.data = typeof input === "object" ? (0, _index.deepCopy)(input) : input;
          this.graph = [{
            type: this.type,
            data: input
          }];
          this.iteration = 0;
        }
        iterate() {
          if (this.iteration !== 0) {
            const typeInfo = (0, _register.get)(this.type);
            if (typeInfo && typeInfo.outputs) {
              this.type = typeInfo.outputs;
            } else {
              this.type = (0, _type.type)(this.data);
            }
            this.graph.push({
              type: this.type
            });
          }
          if (this.error || this.type === this.options.target) {
            return false;
          } else if (this.iteration >= this.options.maxChainLength) {
            this.error = new RangeError(`Max. number of parsing iterations reached (${prepareParseGraph(this.graph)})`);
            return false;
          } else {
            this.iteration++;
            return true;
          }
        }
        end() {
          if (this.error) {
            _logger.default.error("[core]", this.error.message);
            if (this.options.strict !== false) {
              throw this.error;
            } else {
              return [];
            }
          } else if (this.options.target === "@csl/list+object") {
            return (0, _index.upgradeCsl)(this.data).map(this.options.generateGraph ? (entry) => (0, _graph.applyGraph)(entry, this.graph) : _graph.removeGraph);
          } else {
            return this.data;
          }
        }
      };
      var chain = (...args) => {
        const chain2 = new ChainParser(...args);
        while (chain2.iterate()) {
          try {
            chain2.data = (0, _data.data)(chain2.data, chain2.type);
          } catch (e) {
            chain2.error = e;
          }
        }
        return chain2.end();
      };
      exports.chain = chain;
      var chainLink = (input) => {
        const type = (0, _type.type)(input);
        const output = type.match(/array|object/) ? (0, _index.deepCopy)(input) : input;
        return (0, _data.data)(output, type);
      };
      exports.chainLink = chainLink;
      var chainAsync = async (...args) => {
        const chain2 = new ChainParser(...args);
        while (chain2.iterate()) {
          chain2.data = await (0, _data.dataAsync)(chain2.data, chain2.type).catch((e) => {
            chain2.error = e;
          });
        }
        return chain2.end();
      };
      exports.chainAsync = chainAsync;
      var chainLinkAsync = async (input) => {
        const type = (0, _type.type)(input);
        const output = type.match(/array|object/) ? (0, _index.deepCopy)(input) : input;
        return (0, _data.dataAsync)(output, type);
      };
      exports.chainLinkAsync = chainLinkAsync;
    }
  });

  // node_modules/@citation-js/core/lib/plugins/input/index.js
  var require_input2 = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/input/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      var _exportNames = {
        util: true
      };
      exports.util = void 0;
      var dataType = _interopRequireWildcard(require_dataType());
      var graph = _interopRequireWildcard(require_graph());
      var parser = _interopRequireWildcard(require_parser());
      var csl = _interopRequireWildcard(require_csl());
      var _register = require_register();
      Object.keys(_register).forEach(function(key) {
        if (key === "default" || key === "__esModule") return;
        if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
        if (key in exports && exports[key] === _register[key]) return;
        Object.defineProperty(exports, key, {
          enumerable: true,
          get: function() {
            return _register[key];
          }
        });
      });
      var _chain = require_chain();
      Object.keys(_chain).forEach(function(key) {
        if (key === "default" || key === "__esModule") return;
        if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
        if (key in exports && exports[key] === _chain[key]) return;
        Object.defineProperty(exports, key, {
          enumerable: true,
          get: function() {
            return _chain[key];
          }
        });
      });
      var _type = require_type();
      Object.keys(_type).forEach(function(key) {
        if (key === "default" || key === "__esModule") return;
        if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
        if (key in exports && exports[key] === _type[key]) return;
        Object.defineProperty(exports, key, {
          enumerable: true,
          get: function() {
            return _type[key];
          }
        });
      });
      var _data = require_data();
      Object.keys(_data).forEach(function(key) {
        if (key === "default" || key === "__esModule") return;
        if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
        if (key in exports && exports[key] === _data[key]) return;
        Object.defineProperty(exports, key, {
          enumerable: true,
          get: function() {
            return _data[key];
          }
        });
      });
      function _interopRequireWildcard(e, t) {
        if ("function" == typeof WeakMap) var r = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakMap();
        return (_interopRequireWildcard = function(e2, t2) {
          if (!t2 && e2 && e2.__esModule) return e2;
          var o, i, f = { __proto__: null, default: e2 };
          if (null === e2 || "object" != typeof e2 && "function" != typeof e2) return f;
          if (o = t2 ? n : r) {
            if (o.has(e2)) return o.get(e2);
            o.set(e2, f);
          }
          for (const t3 in e2) "default" !== t3 && {}.hasOwnProperty.call(e2, t3) && ((i = (o = Object.defineProperty) && Object.getOwnPropertyDescriptor(e2, t3)) && (i.get || i.set) ? o(f, t3, i) : f[t3] = e2[t3]);
          return f;
        })(e, t);
      }
      var util = exports.util = Object.assign({}, dataType, graph, parser, csl);
    }
  });

  // node_modules/@citation-js/core/lib/Cite/set.js
  var require_set = __commonJS({
    "node_modules/@citation-js/core/lib/Cite/set.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.add = add;
      exports.addAsync = addAsync;
      exports.reset = reset;
      exports.set = set;
      exports.setAsync = setAsync;
      var _index = require_input2();
      var _fetchId = _interopRequireDefault(require_fetchId());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      function add(data, options = {}, log = false) {
        if (options === true || log === true) {
          this.save();
        }
        this.data.push(...(0, _index.chain)(data, options));
        this.data.filter((entry) => !Object.prototype.hasOwnProperty.call(entry, "id")).forEach((entry) => {
          entry.id = (0, _fetchId.default)(this.getIds(), "temp_id_");
        });
        return this;
      }
      async function addAsync(data, options = {}, log = false) {
        if (options === true || log === true) {
          this.save();
        }
        this.data.push(...await (0, _index.chainAsync)(data, options));
        this.data.filter((entry) => !Object.prototype.hasOwnProperty.call(entry, "id")).forEach((entry) => {
          entry.id = (0, _fetchId.default)(this.getIds(), "temp_id_");
        });
        return this;
      }
      function set(data, options = {}, log = false) {
        if (options === true || log === true) {
          this.save();
        }
        this.data = [];
        return typeof options !== "boolean" ? this.add(data, options) : this.add(data);
      }
      async function setAsync(data, options = {}, log = false) {
        if (options === true || log === true) {
          this.save();
        }
        this.data = [];
        return typeof options !== "boolean" ? this.addAsync(data, options) : this.addAsync(data);
      }
      function reset(log) {
        if (log) {
          this.save();
        }
        this.data = [];
        this._options = {};
        return this;
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugin-common/output/label.js
  var require_label = __commonJS({
    "node_modules/@citation-js/core/lib/plugin-common/output/label.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      exports.getLabel = getLabel;
      function getLabel(entry) {
        if ("citation-label" in entry) {
          return entry["citation-label"];
        }
        let res = "";
        if (entry.author) {
          res += entry.author[0].family || entry.author[0].literal;
        }
        if (entry.issued && entry.issued["date-parts"] && entry.issued["date-parts"][0]) {
          res += entry.issued["date-parts"][0][0];
        }
        if (entry["year-suffix"]) {
          res += entry["year-suffix"];
        } else if (entry.title) {
          res += entry.title.replace(/<\/?.*?>/g, "").match(/^(?:(?:the|a|an)\s+)?(\S+)/i)[1];
        }
        return res;
      }
      var _default = exports.default = {
        label(data) {
          return data.reduce((object, entry) => {
            object[entry.id] = getLabel(entry);
            return object;
          }, {});
        }
      };
    }
  });

  // node_modules/@citation-js/core/lib/Cite/sort.js
  var require_sort = __commonJS({
    "node_modules/@citation-js/core/lib/Cite/sort.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.sort = sort;
      var _label = require_label();
      var _name = require_lib();
      function getComparisonValue(obj, prop, label = prop === "label") {
        let value = label ? (0, _label.getLabel)(obj) : obj[prop];
        switch (prop) {
          case "author":
          case "editor":
            return value.map((name) => name.literal || name.family || (0, _name.format)(name));
          case "accessed":
          case "issued":
            return value["date-parts"][0];
          case "page":
            return value.split("-").map((num) => parseInt(num));
          case "edition":
          case "issue":
          case "volume":
            value = parseInt(value);
            return !isNaN(value) ? value : -Infinity;
          default:
            return value || -Infinity;
        }
      }
      function compareProp(entryA, entryB, prop, flip = /^!/.test(prop)) {
        prop = prop.replace(/^!/, "");
        const a = getComparisonValue(entryA, prop);
        const b = getComparisonValue(entryB, prop);
        return (flip ? -1 : 1) * (a > b ? 1 : a < b ? -1 : 0);
      }
      function getSortCallback(...props) {
        return (a, b) => {
          const keys = props.slice();
          let output = 0;
          while (!output && keys.length) {
            output = compareProp(a, b, keys.shift());
          }
          return output;
        };
      }
      function sort(method = [], log) {
        if (log) {
          this.save();
        }
        this.data.sort(typeof method === "function" ? method : getSortCallback(...method, "label"));
        return this;
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugins/output.js
  var require_output2 = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/output.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.add = add;
      exports.format = format;
      exports.has = has;
      exports.list = list;
      exports.register = void 0;
      exports.remove = remove;
      var _register = _interopRequireDefault(require_register2());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      function validate(name, formatter) {
        if (typeof name !== "string") {
          throw new TypeError(`Invalid output format name, expected string, got ${typeof name}`);
        } else if (typeof formatter !== "function") {
          throw new TypeError(`Invalid formatter, expected function, got ${typeof formatter}`);
        }
      }
      var register = exports.register = new _register.default();
      function add(name, formatter) {
        validate(name, formatter);
        register.set(name, formatter);
      }
      function remove(name) {
        register.remove(name);
      }
      function has(name) {
        return register.has(name);
      }
      function list() {
        return register.list();
      }
      function format(name, data, ...options) {
        if (!register.has(name)) {
          throw new Error(`Output format "${name}" unavailable`);
        }
        return register.get(name)(data, ...options);
      }
    }
  });

  // node_modules/@citation-js/core/lib/Cite/get.js
  var require_get = __commonJS({
    "node_modules/@citation-js/core/lib/Cite/get.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.format = format;
      exports.get = get;
      exports.getIds = getIds;
      var _validate = require_validate();
      var _output = require_output2();
      var _csl = require_csl();
      function getIds() {
        return this.data.map((entry) => entry.id);
      }
      function format(format2, ...options) {
        return (0, _output.format)(format2, (0, _csl.clean)(this.data), ...options);
      }
      function get(options = {}) {
        (0, _validate.validateOutputOptions)(options);
        const parsedOptions = Object.assign({}, this.defaultOptions, this._options.output, options);
        const {
          type,
          style
        } = parsedOptions;
        const [styleType, styleFormat] = style.split("-");
        const newStyle = styleType === "citation" ? "bibliography" : styleType === "csl" ? "data" : styleType;
        const newType = type === "string" ? "text" : type === "json" ? "object" : type;
        let formatOptions;
        switch (newStyle) {
          case "bibliography": {
            const {
              lang,
              append,
              prepend
            } = parsedOptions;
            formatOptions = {
              template: styleFormat,
              lang,
              format: newType,
              append,
              prepend
            };
            break;
          }
          case "data":
          case "bibtex":
          case "bibtxt":
          case "ndjson":
          case "ris":
            formatOptions = {
              type: newType
            };
            break;
          default:
            throw new Error(`Invalid style "${newStyle}"`);
        }
        const result = this.format(newStyle, Object.assign(formatOptions, options._newOptions));
        const {
          format: format2
        } = parsedOptions;
        if (format2 === "real" && newType === "html" && typeof document !== "undefined" && typeof document.createElement === "function") {
          const tmp = document.createElement("div");
          tmp.innerHTML = result;
          return tmp.firstChild;
        } else if (format2 === "string" && typeof result === "object") {
          return JSON.stringify(result);
        } else {
          return result;
        }
      }
    }
  });

  // node_modules/@citation-js/core/lib/Cite/async.js
  var require_async = __commonJS({
    "node_modules/@citation-js/core/lib/Cite/async.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      function async(data, options, callback) {
        if (typeof options === "function" && !callback) {
          callback = options;
          options = void 0;
        }
        const promise = new this().setAsync(data, options);
        if (typeof callback === "function") {
          promise.then(callback);
          return void 0;
        } else {
          return promise;
        }
      }
      var _default = exports.default = async;
    }
  });

  // node_modules/@citation-js/core/lib/Cite/static.js
  var require_static = __commonJS({
    "node_modules/@citation-js/core/lib/Cite/static.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      var _exportNames = {
        async: true
      };
      Object.defineProperty(exports, "async", {
        enumerable: true,
        get: function() {
          return _async.default;
        }
      });
      var _async = _interopRequireDefault(require_async());
      var _validate = require_validate();
      Object.keys(_validate).forEach(function(key) {
        if (key === "default" || key === "__esModule") return;
        if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
        if (key in exports && exports[key] === _validate[key]) return;
        Object.defineProperty(exports, key, {
          enumerable: true,
          get: function() {
            return _validate[key];
          }
        });
      });
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
    }
  });

  // node_modules/@citation-js/core/lib/Cite/index.js
  var require_Cite = __commonJS({
    "node_modules/@citation-js/core/lib/Cite/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var log = _interopRequireWildcard(require_log());
      var options = _interopRequireWildcard(require_options());
      var set = _interopRequireWildcard(require_set());
      var sort = _interopRequireWildcard(require_sort());
      var get = _interopRequireWildcard(require_get());
      var staticMethods = _interopRequireWildcard(require_static());
      function _interopRequireWildcard(e, t) {
        if ("function" == typeof WeakMap) var r = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakMap();
        return (_interopRequireWildcard = function(e2, t2) {
          if (!t2 && e2 && e2.__esModule) return e2;
          var o, i, f = { __proto__: null, default: e2 };
          if (null === e2 || "object" != typeof e2 && "function" != typeof e2) return f;
          if (o = t2 ? n : r) {
            if (o.has(e2)) return o.get(e2);
            o.set(e2, f);
          }
          for (const t3 in e2) "default" !== t3 && {}.hasOwnProperty.call(e2, t3) && ((i = (o = Object.defineProperty) && Object.getOwnPropertyDescriptor(e2, t3)) && (i.get || i.set) ? o(f, t3, i) : f[t3] = e2[t3]);
          return f;
        })(e, t);
      }
      function Cite(data, options2 = {}) {
        if (!(this instanceof Cite)) {
          return new Cite(data, options2);
        }
        this._options = options2;
        this.log = [];
        this.data = [];
        this.set(data, options2);
        this.options(options2);
        return this;
      }
      Object.assign(Cite.prototype, log, options, set, sort, get);
      Cite.prototype[Symbol.iterator] = function* () {
        yield* this.data;
      };
      Object.assign(Cite, staticMethods);
      var _default = exports.default = Cite;
    }
  });

  // node_modules/@citation-js/core/lib/plugins/dict.js
  var require_dict = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/dict.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.add = add;
      exports.get = get;
      exports.has = has;
      exports.list = list;
      exports.register = void 0;
      exports.remove = remove;
      var _register = _interopRequireDefault(require_register2());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      function validate(name, dict) {
        if (typeof name !== "string") {
          throw new TypeError(`Invalid dict name, expected string, got ${typeof name}`);
        } else if (typeof dict !== "object") {
          throw new TypeError(`Invalid dict, expected object, got ${typeof dict}`);
        }
        for (const entryName in dict) {
          const entry = dict[entryName];
          if (!Array.isArray(entry) || entry.some((part) => typeof part !== "string")) {
            throw new TypeError(`Invalid dict entry "${entryName}", expected array of strings`);
          }
        }
      }
      var register = exports.register = new _register.default({
        html: {
          bibliographyContainer: ['<div class="csl-bib-body">', "</div>"],
          entry: ['<div class="csl-entry">', "</div>"],
          list: ['<ul style="list-style-type:none">', "</ul>"],
          listItem: ["<li>", "</li>"]
        },
        text: {
          bibliographyContainer: ["", "\n"],
          entry: ["", "\n"],
          list: ["\n", ""],
          listItem: ["	", "\n"]
        }
      });
      function add(name, dict) {
        validate(name, dict);
        register.set(name, dict);
      }
      function remove(name) {
        register.remove(name);
      }
      function has(name) {
        return register.has(name);
      }
      function list() {
        return register.list();
      }
      function get(name) {
        if (!register.has(name)) {
          throw new Error(`Dict "${name}" unavailable`);
        }
        return register.get(name);
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugins/config.js
  var require_config = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/config.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.add = add;
      exports.get = get;
      exports.has = has;
      exports.list = list;
      exports.remove = remove;
      var configs = {};
      function add(ref, config) {
        configs[ref] = config;
      }
      function get(ref) {
        return configs[ref];
      }
      function has(ref) {
        return Object.prototype.hasOwnProperty.call(configs, ref);
      }
      function remove(ref) {
        delete configs[ref];
      }
      function list() {
        return Object.keys(configs);
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugins/index.js
  var require_plugins = __commonJS({
    "node_modules/@citation-js/core/lib/plugins/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.add = add;
      exports.dict = exports.config = void 0;
      exports.has = has;
      exports.input = void 0;
      exports.list = list;
      exports.output = void 0;
      exports.remove = remove;
      var input = _interopRequireWildcard(require_input2());
      exports.input = input;
      var output = _interopRequireWildcard(require_output2());
      exports.output = output;
      var dict = _interopRequireWildcard(require_dict());
      exports.dict = dict;
      var config = _interopRequireWildcard(require_config());
      exports.config = config;
      function _interopRequireWildcard(e, t) {
        if ("function" == typeof WeakMap) var r = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakMap();
        return (_interopRequireWildcard = function(e2, t2) {
          if (!t2 && e2 && e2.__esModule) return e2;
          var o, i, f = { __proto__: null, default: e2 };
          if (null === e2 || "object" != typeof e2 && "function" != typeof e2) return f;
          if (o = t2 ? n : r) {
            if (o.has(e2)) return o.get(e2);
            o.set(e2, f);
          }
          for (const t3 in e2) "default" !== t3 && {}.hasOwnProperty.call(e2, t3) && ((i = (o = Object.defineProperty) && Object.getOwnPropertyDescriptor(e2, t3)) && (i.get || i.set) ? o(f, t3, i) : f[t3] = e2[t3]);
          return f;
        })(e, t);
      }
      var registers = {
        input,
        output,
        dict,
        config
      };
      var indices = {};
      function add(ref, plugins = {}) {
        const mainIndex = indices[ref] = {};
        for (const type in plugins) {
          if (type === "config") {
            mainIndex.config = {
              [ref]: plugins.config
            };
            registers.config.add(ref, plugins.config);
            continue;
          }
          const typeIndex = mainIndex[type] = {};
          const typePlugins = plugins[type];
          for (const name in typePlugins) {
            const typePlugin = typePlugins[name];
            typeIndex[name] = true;
            registers[type].add(name, typePlugin);
          }
        }
      }
      function remove(ref) {
        const mainIndex = indices[ref];
        for (const type in mainIndex) {
          const typeIndex = mainIndex[type];
          for (const name in typeIndex) {
            registers[type].remove(name);
          }
        }
        delete indices[ref];
      }
      function has(ref) {
        return ref in indices;
      }
      function list() {
        return Object.keys(indices);
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugin-common/input/empty.js
  var require_empty = __commonJS({
    "node_modules/@citation-js/core/lib/plugin-common/input/empty.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.parse = parse;
      function parse() {
        return [];
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugin-common/input/json.js
  var require_json = __commonJS({
    "node_modules/@citation-js/core/lib/plugin-common/input/json.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = exports.parse = parseJSON;
      var _logger = _interopRequireDefault(require_logger());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var substituters = [[/((?:\[|:|,)\s*)'((?:\\'|[^'])*?[^\\])?'(?=\s*(?:\]|}|,))/g, '$1"$2"'], [/((?:(?:"|]|}|\/[gmiuys]|\.|(?:\d|\.|-)*\d)\s*,|{)\s*)(?:"([^":\n]+?)"|'([^":\n]+?)'|([^":\n]+?))(\s*):/g, '$1"$2$3$4"$5:']];
      function parseJSON(str) {
        if (typeof str !== "string") {
          return JSON.parse(str);
        }
        try {
          return JSON.parse(str);
        } catch (e) {
          _logger.default.debug("[plugin-common]", "Invalid JSON, switching to experimental parser");
          substituters.forEach(([regex, subst]) => {
            str = str.replace(regex, subst);
          });
          return JSON.parse(str);
        }
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugin-common/input/jquery.js
  var require_jquery = __commonJS({
    "node_modules/@citation-js/core/lib/plugin-common/input/jquery.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.parse = parse;
      function parse(input) {
        return input.val() || input.text() || input.html();
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugin-common/input/html.js
  var require_html = __commonJS({
    "node_modules/@citation-js/core/lib/plugin-common/input/html.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.parse = parse;
      function parse(input) {
        return input.value || input.textContent;
      }
    }
  });

  // node_modules/@citation-js/core/lib/plugin-common/input/index.js
  var require_input3 = __commonJS({
    "node_modules/@citation-js/core/lib/plugin-common/input/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.ref = exports.parsers = exports.formats = void 0;
      var empty = _interopRequireWildcard(require_empty());
      var json = _interopRequireWildcard(require_json());
      var jquery = _interopRequireWildcard(require_jquery());
      var html = _interopRequireWildcard(require_html());
      function _interopRequireWildcard(e, t) {
        if ("function" == typeof WeakMap) var r = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakMap();
        return (_interopRequireWildcard = function(e2, t2) {
          if (!t2 && e2 && e2.__esModule) return e2;
          var o, i, f = { __proto__: null, default: e2 };
          if (null === e2 || "object" != typeof e2 && "function" != typeof e2) return f;
          if (o = t2 ? n : r) {
            if (o.has(e2)) return o.get(e2);
            o.set(e2, f);
          }
          for (const t3 in e2) "default" !== t3 && {}.hasOwnProperty.call(e2, t3) && ((i = (o = Object.defineProperty) && Object.getOwnPropertyDescriptor(e2, t3)) && (i.get || i.set) ? o(f, t3, i) : f[t3] = e2[t3]);
          return f;
        })(e, t);
      }
      var ref = exports.ref = "@else";
      var parsers = exports.parsers = {
        empty,
        json,
        jquery,
        html
      };
      var formats = exports.formats = {
        "@empty/text": {
          parse: empty.parse,
          parseType: {
            dataType: "String",
            predicate: (input) => input === ""
          }
        },
        "@empty/whitespace+text": {
          parse: empty.parse,
          parseType: {
            dataType: "String",
            predicate: /^\s+$/
          }
        },
        "@empty": {
          parse: empty.parse,
          parseType: {
            dataType: "Primitive",
            predicate: (input) => input == null
          }
        },
        "@else/json": {
          parse: json.parse,
          parseType: {
            dataType: "String",
            predicate: /^\s*(\{[\S\s]*\}|\[[\S\s]*\])\s*$/
          }
        },
        "@else/url": {
          parseType: {
            dataType: "String",
            predicate: /^https?:\/\/(([\w-]+\.)*[\w-]+)(:\d+)?(\/[^?/]*)*(\?[^#]*)?(#.*)?$/i
          }
        },
        "@else/jquery": {
          parse: jquery.parse,
          parseType: {
            dataType: "ComplexObject",
            predicate(input) {
              return typeof jQuery !== "undefined" && input instanceof jQuery;
            }
          }
        },
        "@else/html": {
          parse: html.parse,
          parseType: {
            dataType: "ComplexObject",
            predicate(input) {
              return typeof HTMLElement !== "undefined" && input instanceof HTMLElement;
            }
          }
        }
      };
    }
  });

  // node_modules/@citation-js/core/lib/plugin-common/output/json.js
  var require_json2 = __commonJS({
    "node_modules/@citation-js/core/lib/plugin-common/output/json.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var plugins = _interopRequireWildcard(require_plugins());
      var util = _interopRequireWildcard(require_util());
      var _logger = _interopRequireDefault(require_logger());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      function _interopRequireWildcard(e, t) {
        if ("function" == typeof WeakMap) var r = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakMap();
        return (_interopRequireWildcard = function(e2, t2) {
          if (!t2 && e2 && e2.__esModule) return e2;
          var o, i, f = { __proto__: null, default: e2 };
          if (null === e2 || "object" != typeof e2 && "function" != typeof e2) return f;
          if (o = t2 ? n : r) {
            if (o.has(e2)) return o.get(e2);
            o.set(e2, f);
          }
          for (const t3 in e2) "default" !== t3 && {}.hasOwnProperty.call(e2, t3) && ((i = (o = Object.defineProperty) && Object.getOwnPropertyDescriptor(e2, t3)) && (i.get || i.set) ? o(f, t3, i) : f[t3] = e2[t3]);
          return f;
        })(e, t);
      }
      function appendCommas(string, index, array) {
        return string + (index < array.length - 1 ? "," : "");
      }
      function getJsonObject(src, dict) {
        const isArray = Array.isArray(src);
        let entries;
        if (isArray) {
          entries = src.map((entry) => getJsonValue(entry, dict));
        } else {
          entries = Object.keys(src).filter((prop) => JSON.stringify(src[prop])).map((prop) => `"${prop}": ${getJsonValue(src[prop], dict)}`);
        }
        entries = entries.map(appendCommas).map((entry) => dict.listItem.join(entry));
        entries = dict.list.join(entries.join(""));
        return isArray ? `[${entries}]` : `{${entries}}`;
      }
      function getJsonValue(src, dict) {
        if (typeof src === "object" && src !== null) {
          if (src.length === 0) {
            return "[]";
          } else if (Object.keys(src).length === 0) {
            return "{}";
          } else {
            return getJsonObject(src, dict);
          }
        } else {
          return JSON.stringify(src);
        }
      }
      function getJson(src, dict) {
        let entries = src.map((entry) => getJsonObject(entry, dict));
        entries = entries.map(appendCommas).map((entry) => dict.entry.join(entry));
        entries = entries.join("");
        return dict.bibliographyContainer.join(`[${entries}]`);
      }
      var _default = exports.default = {
        data(data, {
          type,
          format = type || "text",
          version = "1.0.2"
        } = {}) {
          if (version < "1.0.2") {
            data = util.downgradeCsl(data);
          }
          if (format === "object") {
            return util.deepCopy(data);
          } else if (format === "text") {
            return JSON.stringify(data, null, 2);
          } else {
            _logger.default.warn("[core]", "This feature (JSON output with special formatting) is unstable. See https://github.com/larsgw/citation.js/issues/144");
            return getJson(data, plugins.dict.get(format));
          }
        },
        ndjson(data, {
          version = "1.0.2"
        } = {}) {
          if (version < "1.0.2") {
            data = util.downgradeCsl(data);
          }
          return data.map((entry) => JSON.stringify(entry)).join("\n");
        }
      };
    }
  });

  // node_modules/@citation-js/core/lib/plugin-common/output/index.js
  var require_output3 = __commonJS({
    "node_modules/@citation-js/core/lib/plugin-common/output/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var _json = _interopRequireDefault(require_json2());
      var _label = _interopRequireDefault(require_label());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var _default = exports.default = Object.assign({}, _json.default, _label.default);
    }
  });

  // node_modules/@citation-js/core/lib/plugin-common/index.js
  var require_plugin_common = __commonJS({
    "node_modules/@citation-js/core/lib/plugin-common/index.js"() {
      "use strict";
      var plugins = _interopRequireWildcard(require_plugins());
      var _input = require_input3();
      var _output = _interopRequireDefault(require_output3());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      function _interopRequireWildcard(e, t) {
        if ("function" == typeof WeakMap) var r = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakMap();
        return (_interopRequireWildcard = function(e2, t2) {
          if (!t2 && e2 && e2.__esModule) return e2;
          var o, i, f = { __proto__: null, default: e2 };
          if (null === e2 || "object" != typeof e2 && "function" != typeof e2) return f;
          if (o = t2 ? n : r) {
            if (o.has(e2)) return o.get(e2);
            o.set(e2, f);
          }
          for (const t3 in e2) "default" !== t3 && {}.hasOwnProperty.call(e2, t3) && ((i = (o = Object.defineProperty) && Object.getOwnPropertyDescriptor(e2, t3)) && (i.get || i.set) ? o(f, t3, i) : f[t3] = e2[t3]);
          return f;
        })(e, t);
      }
      plugins.add(_input.ref, {
        input: _input.formats,
        output: _output.default
      });
    }
  });

  // node_modules/@citation-js/core/lib/index.js
  var require_lib2 = __commonJS({
    "node_modules/@citation-js/core/lib/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      Object.defineProperty(exports, "Cite", {
        enumerable: true,
        get: function() {
          return _index.default;
        }
      });
      Object.defineProperty(exports, "logger", {
        enumerable: true,
        get: function() {
          return _logger.default;
        }
      });
      exports.version = exports.util = exports.plugins = void 0;
      var _index = _interopRequireDefault(require_Cite());
      var plugins = _interopRequireWildcard(require_plugins());
      exports.plugins = plugins;
      var util = _interopRequireWildcard(require_util());
      exports.util = util;
      var _logger = _interopRequireDefault(require_logger());
      var _package = _interopRequireDefault(require_package());
      require_plugin_common();
      function _interopRequireWildcard(e, t) {
        if ("function" == typeof WeakMap) var r = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakMap();
        return (_interopRequireWildcard = function(e2, t2) {
          if (!t2 && e2 && e2.__esModule) return e2;
          var o, i, f = { __proto__: null, default: e2 };
          if (null === e2 || "object" != typeof e2 && "function" != typeof e2) return f;
          if (o = t2 ? n : r) {
            if (o.has(e2)) return o.get(e2);
            o.set(e2, f);
          }
          for (const t3 in e2) "default" !== t3 && {}.hasOwnProperty.call(e2, t3) && ((i = (o = Object.defineProperty) && Object.getOwnPropertyDescriptor(e2, t3)) && (i.get || i.set) ? o(f, t3, i) : f[t3] = e2[t3]);
          return f;
        })(e, t);
      }
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var version = exports.version = _package.default.version;
    }
  });

  // node_modules/@citation-js/plugin-ris/lib/spec/types.json
  var require_types = __commonJS({
    "node_modules/@citation-js/plugin-ris/lib/spec/types.json"(exports, module) {
      module.exports = {
        RIS: {
          ABST: "article-journal",
          ADVS: "motion_picture",
          AGGR: "dataset",
          ANCIENT: "classic",
          ART: "graphic",
          BILL: "bill",
          BLOG: "post-weblog",
          BOOK: "book",
          CASE: "legal_case",
          CHAP: "chapter",
          CHART: "figure",
          CLSWK: "classic",
          COMP: "software",
          CONF: "paper-conference",
          CPAPER: "paper-conference",
          CTLG: "entry",
          DATA: "dataset",
          DBASE: "dataset",
          DICT: "entry-dictionary",
          EBOOK: "book",
          ECHAP: "chapter",
          EDBOOK: "book",
          EJOUR: "article-journal",
          ELEC: "webpage",
          ENCYC: "entry-encyclopedia",
          EQUA: "article",
          FIGURE: "figure",
          GEN: "document",
          GOVDOC: "report",
          GRANT: "article",
          HEAR: "hearing",
          ICOMM: "personal_communication",
          INPR: "article-journal",
          JFULL: "article-journal",
          JOUR: "article-journal",
          LEGAL: "legislation",
          MANSCPT: "manuscript",
          MAP: "map",
          MGZN: "article-magazine",
          MPCT: "broadcast",
          MULTI: "motion_picture",
          MUSIC: "musical_score",
          NEWS: "article-newspaper",
          PAMP: "pamphlet",
          PAT: "patent",
          PCOMM: "personal_communication",
          RPRT: "report",
          SER: "periodical",
          SLIDE: "motion_picture",
          SOUND: "motion_picture",
          STAND: "standard",
          STAT: "legislation",
          THES: "thesis",
          UNBILL: "manuscript",
          UNPB: "manuscript",
          VIDEO: "motion_picture",
          WEB: "webpage"
        },
        CSL: {
          "article-journal": "JOUR",
          "article-magazine": "MGZN",
          "article-newspaper": "NEWS",
          article: "JOUR",
          bill: "BILL",
          book: "BOOK",
          broadcast: "MPCT",
          chapter: "CHAP",
          classic: "CLSWK",
          collection: "GEN",
          dataset: "DATA",
          document: "GEN",
          entry: "CTLG",
          "entry-dictionary": "DICT",
          "entry-encyclopedia": "ENCYC",
          event: "GEN",
          figure: "FIGURE",
          graphic: "ART",
          hearing: "HEAR",
          interview: "GEN",
          legal_case: "CASE",
          legislation: "LEGAL",
          manuscript: "MANSCPT",
          map: "MAP",
          motion_picture: "MPCT",
          musical_score: "MUSIC",
          pamphlet: "PAMP",
          "paper-conference": "CONF",
          patent: "PAT",
          performance: "GEN",
          periodical: "SER",
          personal_communication: "PCOMM",
          "post-weblog": "BLOG",
          post: "ICOMM",
          regulation: "LEGAL",
          report: "RPRT",
          "review-book": "BOOK",
          review: "JOUR",
          software: "COMP",
          song: "SOUND",
          speech: "SOUND",
          standard: "STAND",
          thesis: "THES",
          treaty: "GEN",
          webpage: "ELEC"
        }
      };
    }
  });

  // node_modules/@citation-js/plugin-ris/lib/spec/new.json
  var require_new = __commonJS({
    "node_modules/@citation-js/plugin-ris/lib/spec/new.json"(exports, module) {
      module.exports = [
        {
          source: "A2",
          target: "editor",
          when: {
            source: {
              TY: [
                "ANCIENT",
                "BLOG",
                "CHAP",
                "CONF",
                "CPAPER",
                "DICT",
                "EBOOK",
                "ECHAP",
                "ENCYC",
                "MUSIC",
                "SER"
              ]
            },
            target: {
              type: [
                "chapter",
                "entry-dictionary",
                "entry-encyclopedia",
                "musical_score",
                "paper-conference",
                "periodical",
                "post-weblog"
              ]
            }
          }
        },
        {
          source: "A2",
          target: "performer",
          when: {
            source: {
              TY: [
                "ADVS",
                "SLIDE",
                "SOUND",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "song",
                "speech"
              ]
            }
          }
        },
        {
          source: "A2",
          target: "collection-editor",
          when: {
            source: {
              TY: [
                "BOOK",
                "CLSWK",
                "COMP",
                "EDBOOK",
                "ELEC",
                "MAP",
                "MULTI",
                "RPRT",
                "UNPB"
              ]
            },
            target: {
              type: [
                "book",
                "classic",
                "map",
                "report",
                "review-book",
                "software",
                "webpage"
              ]
            }
          }
        },
        {
          source: "A2",
          target: "reporter",
          when: {
            source: {
              TY: [
                "CASE"
              ]
            },
            target: {
              type: [
                "legal_case"
              ]
            }
          }
        },
        {
          source: "A2",
          target: "producer",
          when: {
            source: {
              TY: [
                "DATA"
              ]
            },
            target: {
              type: [
                "dataset"
              ]
            }
          }
        },
        {
          source: "A2",
          target: "recipient",
          when: {
            source: {
              TY: [
                "ICOMM",
                "PCOMM"
              ]
            },
            target: {
              type: [
                "personal_communication",
                "post"
              ]
            }
          }
        },
        {
          source: "A3",
          target: "collection-editor",
          when: {
            source: {
              TY: [
                "ADVS",
                "CHAP",
                "CONF",
                "EBOOK",
                "MUSIC",
                "SER",
                "SLIDE",
                "SOUND",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "chapter",
                "musical_score",
                "paper-conference",
                "periodical",
                "song",
                "speech"
              ]
            }
          }
        },
        {
          source: "A3",
          target: "illustrator",
          when: {
            source: {
              TY: [
                "BLOG"
              ]
            },
            target: {
              type: [
                "post-weblog"
              ]
            }
          }
        },
        {
          source: "A3",
          target: "editor",
          when: {
            source: {
              TY: [
                "BOOK"
              ]
            },
            target: {
              type: [
                "book",
                "review-book"
              ]
            }
          }
        },
        {
          source: "A3",
          target: "producer",
          when: {
            source: {
              TY: [
                "MPCT"
              ]
            },
            target: {
              type: [
                "broadcast",
                "motion_picture"
              ]
            }
          }
        },
        {
          source: "A4",
          target: "translator",
          when: {
            source: {
              TY: [
                "ANCIENT",
                "BOOK",
                "CHAP",
                "CLSWK",
                "CTLG",
                "DICT",
                "EDBOOK",
                "ENCYC",
                "GRANT",
                "PAMP"
              ]
            },
            target: {
              type: [
                "book",
                "chapter",
                "classic",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "pamphlet",
                "review-book"
              ]
            }
          }
        },
        {
          source: "A4",
          target: "performer",
          when: {
            source: {
              TY: [
                "MPCT"
              ]
            },
            target: {
              type: [
                "broadcast",
                "motion_picture"
              ]
            }
          }
        },
        {
          source: "A4",
          target: "producer",
          when: {
            source: {
              TY: [
                "MUSIC"
              ]
            },
            target: {
              type: [
                "musical_score"
              ]
            }
          }
        },
        {
          source: "AB",
          target: "abstract",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "AU",
          target: "author",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BLOG",
                "BOOK",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MULTI",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "THES",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "book",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "interview",
                "legislation",
                "manuscript",
                "map",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "AU",
          target: "editor",
          when: {
            source: {
              TY: [
                "EDBOOK"
              ]
            },
            target: false
          }
        },
        {
          source: "AU",
          target: "director",
          when: {
            source: {
              TY: [
                "MPCT"
              ]
            },
            target: {
              type: [
                "broadcast",
                "motion_picture"
              ]
            }
          }
        },
        {
          source: "AU",
          target: "composer",
          when: {
            source: {
              TY: [
                "MUSIC"
              ]
            },
            target: {
              type: [
                "musical_score"
              ]
            }
          }
        },
        {
          source: "AU",
          target: "reporter",
          when: {
            source: {
              TY: [
                "NEWS"
              ]
            },
            target: {
              type: [
                "article-newspaper"
              ]
            }
          }
        },
        {
          source: "C1",
          target: "section",
          when: {
            source: {
              TY: [
                "CHAP",
                "ECHAP",
                "SER"
              ]
            },
            target: {
              type: [
                "chapter",
                "periodical"
              ]
            }
          }
        },
        {
          source: "C1",
          target: "publisher-place",
          when: {
            source: {
              TY: [
                "CONF",
                "CPAPER"
              ]
            },
            target: {
              type: [
                "paper-conference"
              ]
            }
          }
        },
        {
          source: "C1",
          target: "scale",
          when: {
            source: {
              TY: [
                "MAP"
              ]
            },
            target: {
              type: [
                "map"
              ]
            }
          }
        },
        {
          source: "C2",
          target: "PMCID",
          when: {
            source: {
              TY: [
                "ABST",
                "INPR",
                "JFULL",
                "JOUR"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "review"
              ]
            }
          }
        },
        {
          source: "C2",
          target: "issue",
          when: {
            source: {
              TY: [
                "NEWS"
              ]
            },
            target: {
              type: [
                "article-newspaper"
              ]
            }
          }
        },
        {
          source: "C2",
          target: "number",
          when: {
            source: {
              TY: [
                "SER"
              ]
            },
            target: {
              type: [
                "periodical"
              ]
            }
          }
        },
        {
          source: "C3",
          target: "dimensions",
          when: {
            source: {
              TY: [
                "ADVS",
                "MAP",
                "SLIDE",
                "SOUND",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "map",
                "song",
                "speech"
              ]
            }
          }
        },
        {
          source: "C3",
          target: "container-title",
          when: {
            source: {
              TY: [
                "CONF"
              ]
            },
            target: {
              type: [
                "paper-conference"
              ]
            }
          }
        },
        {
          source: "C3",
          target: "PMCID",
          when: {
            source: {
              TY: [
                "EJOUR"
              ]
            },
            target: false
          }
        },
        {
          source: "C3",
          target: "jurisdiction",
          when: {
            source: {
              TY: [
                "PAT"
              ]
            },
            target: {
              type: [
                "patent"
              ]
            }
          }
        },
        {
          source: [
            "C3",
            "M1"
          ],
          target: "dimensions",
          when: {
            source: {
              TY: [
                "ART"
              ]
            },
            target: {
              type: [
                "graphic"
              ]
            }
          }
        },
        {
          source: "C5",
          target: "volume-title",
          when: {
            source: {
              TY: [
                "EJOUR"
              ]
            },
            target: false
          }
        },
        {
          source: "C5",
          target: "number",
          when: {
            source: {
              TY: [
                "GRANT"
              ]
            },
            target: false
          }
        },
        {
          source: "C5",
          target: "dimensions",
          when: {
            source: {
              TY: [
                "MULTI"
              ]
            },
            target: false
          }
        },
        {
          source: "C5",
          target: "references",
          when: {
            source: {
              TY: [
                "PAT"
              ]
            },
            target: {
              type: [
                "patent"
              ]
            }
          }
        },
        {
          source: [
            "C5",
            "PY"
          ],
          target: "issued",
          when: {
            source: {
              TY: [
                "EBOOK"
              ]
            },
            target: false
          }
        },
        {
          source: "C6",
          target: "status",
          when: {
            source: {
              TY: [
                "PAT"
              ]
            },
            target: {
              type: [
                "patent"
              ]
            }
          }
        },
        {
          source: "C6",
          target: "issue",
          when: {
            source: {
              TY: [
                "RPRT"
              ]
            },
            target: {
              type: [
                "report"
              ]
            }
          }
        },
        {
          source: "C6",
          target: "volume",
          when: {
            source: {
              TY: [
                "STAT"
              ]
            },
            target: false
          }
        },
        {
          source: "C7",
          target: "number",
          when: {
            source: {
              TY: [
                "ABST",
                "INPR",
                "JFULL",
                "JOUR"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "review"
              ]
            }
          }
        },
        {
          source: "C7",
          target: "PMCID",
          when: {
            source: {
              TY: [
                "EBOOK",
                "ECHAP"
              ]
            },
            target: false
          }
        },
        {
          source: [
            "C7",
            "NV"
          ],
          target: "number",
          when: {
            source: {
              TY: [
                "EJOUR"
              ]
            },
            target: false
          }
        },
        {
          source: "CN",
          target: "call-number",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CTLG",
                "DATA",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "CY",
          target: "publisher-place",
          when: {
            source: {
              TY: [
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BLOG",
                "BOOK",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "HEAR",
                "ICOMM",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "THES",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article-magazine",
                "article-newspaper",
                "book",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legislation",
                "manuscript",
                "map",
                "musical_score",
                "pamphlet",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "report",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "CY",
          target: "event-place",
          when: {
            source: {
              TY: [
                "CONF",
                "CPAPER"
              ]
            },
            target: {
              type: [
                "paper-conference"
              ]
            }
          }
        },
        {
          source: "DA",
          target: "accessed",
          when: {
            source: {
              TY: [
                "AGGR",
                "DBASE",
                "EBOOK",
                "EJOUR",
                "MULTI"
              ]
            },
            target: false
          }
        },
        {
          source: [
            "DA",
            "C2"
          ],
          target: "issued",
          when: {
            source: {
              TY: [
                "CONF"
              ]
            },
            target: {
              type: [
                "paper-conference"
              ]
            }
          }
        },
        {
          source: [
            "DA",
            "PY",
            "C2"
          ],
          target: "issued",
          when: {
            source: {
              TY: [
                "PAT"
              ]
            },
            target: {
              type: [
                "patent"
              ]
            }
          }
        },
        {
          source: [
            "DA",
            "PY"
          ],
          target: "issued",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHART",
                "CPAPER",
                "CTLG",
                "DATA",
                "EDBOOK",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MUSIC",
                "PAMP",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "bill",
                "book",
                "broadcast",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "report",
                "review",
                "review-book",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: [
            "DA",
            "PY",
            "Y2"
          ],
          target: "issued",
          when: {
            source: {
              TY: [
                "STAT"
              ]
            },
            target: false
          }
        },
        {
          source: [
            "DA",
            "Y2"
          ],
          target: "accessed",
          when: {
            source: {
              TY: [
                "ECHAP"
              ]
            },
            target: false
          }
        },
        {
          source: "DB",
          target: "source",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "DO",
          target: "DOI",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "ET",
          target: "edition",
          when: {
            source: {
              TY: [
                "ADVS",
                "ANCIENT",
                "ART",
                "BLOG",
                "BOOK",
                "CHAP",
                "CLSWK",
                "CONF",
                "CTLG",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "GEN",
                "GOVDOC",
                "LEGAL",
                "MAP",
                "MGZN",
                "MPCT",
                "MUSIC",
                "NEWS",
                "PAMP",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article-magazine",
                "article-newspaper",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "graphic",
                "interview",
                "legislation",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "performance",
                "periodical",
                "post-weblog",
                "regulation",
                "report",
                "review-book",
                "song",
                "speech",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "ET",
          target: "version",
          when: {
            source: {
              TY: [
                "CHART",
                "COMP",
                "DATA",
                "EQUA",
                "FIGURE"
              ]
            },
            target: {
              type: [
                "dataset",
                "figure",
                "software"
              ]
            }
          }
        },
        {
          source: "ET",
          target: "available-date",
          when: {
            source: {
              TY: [
                "ABST",
                "INPR",
                "JFULL",
                "JOUR"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "review"
              ]
            }
          }
        },
        {
          source: "ET",
          target: "medium",
          when: {
            source: {
              TY: [
                "MANSCPT"
              ]
            },
            target: {
              type: [
                "manuscript"
              ]
            }
          }
        },
        {
          source: [
            "ET",
            "PY"
          ],
          target: "issued",
          when: {
            source: {
              TY: [
                "AGGR",
                "DBASE"
              ]
            },
            target: false
          }
        },
        {
          source: "ID",
          target: "id"
        },
        {
          source: "IS",
          target: "number-of-volumes",
          when: {
            source: {
              TY: [
                "CHAP"
              ]
            },
            target: {
              type: [
                "chapter"
              ]
            }
          }
        },
        {
          source: "IS",
          target: "issue",
          when: {
            source: {
              TY: [
                "ABST",
                "INPR",
                "JFULL",
                "JOUR"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "review"
              ]
            }
          }
        },
        {
          source: "J2",
          target: "container-title-short",
          when: {
            source: {
              TY: [
                "ABST",
                "ANCIENT",
                "BOOK",
                "CHAP",
                "CTLG",
                "DATA",
                "DICT",
                "ENCYC",
                "GRANT",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MGZN",
                "PAMP",
                "PCOMM",
                "SER",
                "STAND",
                "STAT",
                "UNPB"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "book",
                "chapter",
                "dataset",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "legislation",
                "manuscript",
                "pamphlet",
                "periodical",
                "personal_communication",
                "post",
                "regulation",
                "review",
                "review-book",
                "standard"
              ]
            }
          }
        },
        {
          source: "KW",
          target: "keyword",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "LA",
          target: "language",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "LB",
          target: "citation-label",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "bill",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "M1",
          target: "number",
          when: {
            source: {
              TY: [
                "ADVS",
                "AGGR",
                "ANCIENT",
                "BILL",
                "CHART",
                "DICT",
                "EQUA",
                "FIGURE",
                "GEN",
                "HEAR",
                "SLIDE",
                "SOUND",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "bill",
                "collection",
                "document",
                "entry-dictionary",
                "event",
                "figure",
                "hearing",
                "interview",
                "performance",
                "song",
                "speech",
                "thesis",
                "treaty"
              ]
            }
          }
        },
        {
          source: "M1",
          target: "collection-number",
          when: {
            source: {
              TY: [
                "BOOK",
                "CLSWK",
                "CTLG",
                "EDBOOK",
                "PAMP",
                "SER"
              ]
            },
            target: {
              type: [
                "book",
                "classic",
                "entry",
                "pamphlet",
                "periodical",
                "review-book"
              ]
            }
          }
        },
        {
          source: "M1",
          target: "issue",
          when: {
            source: {
              TY: [
                "CONF",
                "EJOUR",
                "GOVDOC",
                "MGZN"
              ]
            },
            target: {
              type: [
                "article-magazine",
                "paper-conference"
              ]
            }
          }
        },
        {
          source: "M1",
          target: "chapter-number",
          when: {
            source: {
              TY: [
                "ECHAP"
              ]
            },
            target: false
          }
        },
        {
          source: "M1",
          target: "status",
          when: {
            source: {
              TY: [
                "GRANT"
              ]
            },
            target: false
          }
        },
        {
          source: "M1",
          target: "page-first",
          when: {
            source: {
              TY: [
                "LEGAL",
                "NEWS",
                "STAND"
              ]
            },
            target: {
              type: [
                "article-newspaper",
                "legislation",
                "regulation",
                "standard"
              ]
            }
          }
        },
        {
          source: [
            "M1",
            "NV"
          ],
          target: "number",
          when: {
            source: {
              TY: "STAT"
            },
            target: false
          }
        },
        {
          source: [
            "NV",
            "M1"
          ],
          target: "number",
          when: {
            source: {
              TY: [
                "ICOMM",
                "MANSCPT",
                "PCOMM"
              ]
            },
            target: {
              type: [
                "manuscript",
                "personal_communication",
                "post"
              ]
            }
          }
        },
        {
          source: [
            "M1",
            "VL"
          ],
          target: "accessed",
          when: {
            source: {
              TY: [
                "ELEC"
              ]
            },
            target: {
              type: [
                "webpage"
              ]
            }
          }
        },
        {
          source: "M2",
          target: "page-first",
          when: {
            source: {
              TY: [
                "ABST",
                "INPR",
                "JFULL",
                "JOUR"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "review"
              ]
            }
          }
        },
        {
          source: "M2",
          target: "number-of-pages",
          when: {
            source: {
              TY: [
                "PAMP"
              ]
            },
            target: {
              type: [
                "pamphlet"
              ]
            }
          }
        },
        {
          source: "M3",
          target: "genre",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BOOK",
                "CHART",
                "CLSWK",
                "COMP",
                "CPAPER",
                "CTLG",
                "DBASE",
                "DICT",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "EQUA",
                "FIGURE",
                "GEN",
                "GRANT",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MULTI",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "THES",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "book",
                "classic",
                "collection",
                "document",
                "entry",
                "entry-dictionary",
                "event",
                "figure",
                "graphic",
                "interview",
                "legislation",
                "manuscript",
                "map",
                "pamphlet",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "regulation",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty"
              ]
            }
          }
        },
        {
          source: "M3",
          target: "medium",
          when: {
            source: {
              TY: [
                "BLOG",
                "EBOOK",
                "ELEC",
                "MPCT",
                "MUSIC"
              ]
            },
            target: {
              type: [
                "broadcast",
                "motion_picture",
                "musical_score",
                "post-weblog",
                "webpage"
              ]
            }
          }
        },
        {
          source: [
            "N1",
            "RN"
          ],
          target: "note",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PCOMM",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: [
            "N1",
            "RN",
            "RP"
          ],
          target: "note",
          when: {
            source: {
              TY: [
                "PAT",
                "RPRT"
              ]
            },
            target: {
              type: [
                "patent",
                "report"
              ]
            }
          }
        },
        {
          source: "NV",
          target: "number-of-volumes",
          when: {
            source: {
              TY: [
                "ANCIENT",
                "BOOK",
                "CLSWK",
                "CONF",
                "DICT",
                "ECHAP",
                "EDBOOK",
                "ENCYC",
                "GEN",
                "HEAR",
                "MUSIC",
                "SER"
              ]
            },
            target: {
              type: [
                "book",
                "classic",
                "collection",
                "document",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "hearing",
                "interview",
                "musical_score",
                "paper-conference",
                "performance",
                "periodical",
                "review-book",
                "treaty"
              ]
            }
          }
        },
        {
          source: "NV",
          target: "number",
          when: {
            source: {
              TY: [
                "CTLG",
                "DATA"
              ]
            },
            target: {
              type: [
                "dataset",
                "entry"
              ]
            }
          }
        },
        {
          source: "NV",
          target: "version",
          when: {
            source: {
              TY: [
                "EBOOK"
              ]
            },
            target: false
          }
        },
        {
          source: "NV",
          target: "dimensions",
          when: {
            source: {
              TY: [
                "GRANT"
              ]
            },
            target: false
          }
        },
        {
          source: "NV",
          target: "collection-number",
          when: {
            source: {
              TY: [
                "RPRT"
              ]
            },
            target: {
              type: [
                "report"
              ]
            }
          }
        },
        {
          source: "OP",
          target: "original-title",
          when: {
            source: {
              TY: [
                "ABST",
                "AGGR",
                "ANCIENT",
                "BOOK",
                "CHAP",
                "CLSWK",
                "CTLG",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "ENCYC",
                "GEN",
                "INPR",
                "JFULL",
                "JOUR",
                "MGZN",
                "MUSIC",
                "PAMP",
                "SER"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "book",
                "chapter",
                "classic",
                "collection",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "interview",
                "musical_score",
                "pamphlet",
                "performance",
                "periodical",
                "review",
                "review-book",
                "treaty"
              ]
            }
          }
        },
        {
          source: "OP",
          target: "references",
          when: {
            source: {
              TY: [
                "BILL",
                "CASE",
                "HEAR",
                "LEGAL",
                "STAT",
                "UNBILL"
              ]
            },
            target: {
              type: [
                "bill",
                "hearing",
                "legal_case",
                "legislation",
                "regulation"
              ]
            }
          }
        },
        {
          source: "PB",
          target: "publisher",
          when: {
            source: {
              TY: [
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BLOG",
                "BOOK",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "LEGAL",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PCOMM",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "THES",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article-magazine",
                "article-newspaper",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legislation",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "PB",
          target: "authority",
          when: {
            source: {
              TY: [
                "CASE"
              ]
            },
            target: {
              type: [
                "legal_case"
              ]
            }
          }
        },
        {
          source: "PB",
          target: "archive",
          when: {
            source: {
              TY: [
                "MANSCPT"
              ]
            },
            target: {
              type: [
                "manuscript"
              ]
            }
          }
        },
        {
          source: [
            "PB",
            "A3"
          ],
          target: "publisher",
          when: {
            source: {
              TY: [
                "RPRT"
              ]
            },
            target: {
              type: [
                "report"
              ]
            }
          }
        },
        {
          source: [
            "PB",
            "C5"
          ],
          target: "publisher",
          when: {
            source: {
              TY: [
                "STAT"
              ]
            },
            target: false
          }
        },
        {
          source: "PY",
          target: "issued",
          when: {
            source: {
              TY: [
                "CHAP",
                "CLSWK",
                "COMP",
                "DICT",
                "ECHAP",
                "GOVDOC",
                "MULTI",
                "NEWS"
              ]
            },
            target: {
              type: [
                "article-newspaper",
                "chapter",
                "classic",
                "entry-dictionary",
                "software"
              ]
            }
          }
        },
        {
          source: "PY",
          target: "event-date",
          when: {
            source: {
              TY: [
                "CONF"
              ]
            },
            target: {
              type: [
                "paper-conference"
              ]
            }
          }
        },
        {
          source: "RI",
          target: "reviewed-title",
          when: {
            source: {
              TY: [
                "ABST",
                "ANCIENT",
                "CHAP",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EJOUR",
                "ENCYC",
                "GEN",
                "GRANT",
                "INPR",
                "JFULL",
                "JOUR",
                "MGZN",
                "NEWS",
                "SER"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "chapter",
                "collection",
                "document",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "interview",
                "performance",
                "periodical",
                "review",
                "treaty"
              ]
            }
          }
        },
        {
          source: "RI",
          target: "locator",
          when: {
            source: {
              TY: [
                "STAT"
              ]
            },
            target: false
          }
        },
        {
          source: "SE",
          target: "section",
          when: {
            source: {
              TY: [
                "BILL",
                "GEN",
                "GOVDOC",
                "MUSIC",
                "NEWS",
                "STAT",
                "UNBILL"
              ]
            },
            target: {
              type: [
                "article-newspaper",
                "bill",
                "collection",
                "document",
                "event",
                "interview",
                "musical_score",
                "performance",
                "treaty"
              ]
            }
          }
        },
        {
          source: "SE",
          target: "number",
          when: {
            source: {
              TY: [
                "BLOG"
              ]
            },
            target: {
              type: [
                "post-weblog"
              ]
            }
          }
        },
        {
          source: "SE",
          target: "chapter-number",
          when: {
            source: {
              TY: [
                "CHAP",
                "SER"
              ]
            },
            target: {
              type: [
                "chapter",
                "periodical"
              ]
            }
          }
        },
        {
          source: "SE",
          target: "page",
          when: {
            source: {
              TY: [
                "BOOK"
              ]
            },
            target: {
              type: [
                "book",
                "review-book"
              ]
            }
          }
        },
        {
          source: "SE",
          target: "submitted",
          when: {
            source: {
              TY: [
                "CASE"
              ]
            },
            target: {
              type: [
                "legal_case"
              ]
            }
          }
        },
        {
          source: "SE",
          target: "number-of-pages",
          when: {
            source: {
              TY: [
                "CTLG"
              ]
            },
            target: {
              type: [
                "entry"
              ]
            }
          }
        },
        {
          source: "SE",
          target: "original-date",
          when: {
            source: {
              TY: [
                "DATA"
              ]
            },
            target: {
              type: [
                "dataset"
              ]
            }
          }
        },
        {
          source: "SE",
          target: "version",
          when: {
            source: {
              TY: [
                "DICT"
              ]
            },
            target: {
              type: [
                "entry-dictionary"
              ]
            }
          }
        },
        {
          source: "SE",
          target: "locator",
          when: {
            source: {
              TY: [
                "STAND"
              ]
            },
            target: {
              type: [
                "standard"
              ]
            }
          }
        },
        {
          source: "SE",
          target: "page-first",
          when: {
            source: {
              TY: [
                "MANSCPT",
                "MGZN"
              ]
            },
            target: {
              type: [
                "article-magazine",
                "manuscript"
              ]
            }
          }
        },
        {
          source: [
            "SE",
            "PY"
          ],
          target: "issued",
          when: {
            source: {
              TY: [
                "EJOUR"
              ]
            },
            target: false
          }
        },
        {
          source: [
            "SE",
            "T2"
          ],
          target: "locator",
          when: {
            source: {
              TY: [
                "LEGAL"
              ]
            },
            target: {
              type: [
                "legislation",
                "regulation"
              ]
            }
          }
        },
        {
          source: "SN",
          target: [
            "ISSN",
            "ISBN"
          ],
          when: {
            source: {
              TY: [
                "AGGR",
                "CLSWK",
                "GEN"
              ]
            },
            target: {
              type: [
                "classic",
                "collection",
                "document",
                "event",
                "interview",
                "performance",
                "treaty"
              ]
            }
          }
        },
        {
          source: "SN",
          target: "ISBN",
          when: {
            source: {
              TY: [
                "ADVS",
                "ANCIENT",
                "BLOG",
                "BOOK",
                "CHAP",
                "COMP",
                "CONF",
                "CTLG",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "ELEC",
                "ENCYC",
                "HEAR",
                "MAP",
                "PAMP",
                "SER",
                "SLIDE",
                "SOUND",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "book",
                "chapter",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "hearing",
                "map",
                "pamphlet",
                "paper-conference",
                "periodical",
                "post-weblog",
                "review-book",
                "software",
                "song",
                "speech",
                "webpage"
              ]
            }
          }
        },
        {
          source: "SN",
          target: "ISSN",
          when: {
            source: {
              TY: [
                "ABST",
                "DATA",
                "EJOUR",
                "INPR",
                "JFULL",
                "JOUR",
                "MGZN",
                "MUSIC",
                "NEWS"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "dataset",
                "musical_score",
                "review"
              ]
            }
          }
        },
        {
          source: "SN",
          target: "number",
          when: {
            source: {
              TY: [
                "DBASE",
                "GOVDOC"
              ]
            },
            target: false
          }
        },
        {
          source: [
            "SN",
            "M1"
          ],
          target: "number",
          when: {
            source: {
              TY: [
                "RPRT"
              ]
            },
            target: {
              type: [
                "report"
              ]
            }
          }
        },
        {
          source: [
            "SN",
            "SE",
            "M1"
          ],
          target: "number",
          when: {
            source: {
              TY: [
                "PAT"
              ]
            },
            target: {
              type: [
                "patent"
              ]
            }
          }
        },
        {
          source: [
            "SN",
            "T3"
          ],
          target: "number",
          when: {
            source: {
              TY: [
                "LEGAL",
                "STAND"
              ]
            },
            target: {
              type: [
                "legislation",
                "regulation",
                "standard"
              ]
            }
          }
        },
        {
          source: "SP",
          target: "page",
          when: {
            source: {
              TY: [
                "ABST",
                "AGGR",
                "ANCIENT",
                "BILL",
                "CHAP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DBASE",
                "DICT",
                "ECHAP",
                "EJOUR",
                "ENCYC",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MGZN",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "STAND",
                "STAT",
                "UNBILL",
                "UNPB"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "chapter",
                "collection",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "hearing",
                "interview",
                "legislation",
                "manuscript",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "regulation",
                "report",
                "review",
                "standard",
                "treaty"
              ]
            }
          }
        },
        {
          source: "SP",
          target: "number-of-pages",
          when: {
            source: {
              TY: [
                "BOOK",
                "CLSWK",
                "EBOOK",
                "EDBOOK",
                "THES"
              ]
            },
            target: {
              type: [
                "book",
                "classic",
                "review-book",
                "thesis"
              ]
            }
          }
        },
        {
          source: "SP",
          target: "page-first",
          when: {
            source: {
              TY: [
                "CASE"
              ]
            },
            target: {
              type: [
                "legal_case"
              ]
            }
          }
        },
        {
          source: "SP",
          target: "dimensions",
          when: {
            source: {
              TY: [
                "MPCT"
              ]
            },
            target: {
              type: [
                "broadcast",
                "motion_picture"
              ]
            }
          }
        },
        {
          source: "ST",
          target: "title-short",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CLSWK",
                "COMP",
                "CONF",
                "CTLG",
                "DATA",
                "DICT",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "GEN",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "graphic",
                "hearing",
                "interview",
                "legal_case",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "SV",
          target: "collection-number",
          when: {
            source: {
              TY: [
                "CHAP"
              ]
            },
            target: {
              type: [
                "chapter"
              ]
            }
          }
        },
        {
          source: "T2",
          target: "collection-title",
          when: {
            source: {
              TY: [
                "AGGR",
                "BOOK",
                "CLSWK",
                "COMP",
                "CTLG",
                "DBASE",
                "ELEC",
                "MANSCPT",
                "MAP",
                "MPCT",
                "MULTI",
                "RPRT",
                "UNPB"
              ]
            },
            target: {
              type: [
                "book",
                "broadcast",
                "classic",
                "entry",
                "manuscript",
                "map",
                "motion_picture",
                "report",
                "review-book",
                "software",
                "webpage"
              ]
            }
          }
        },
        {
          source: "T2",
          target: "container-title",
          when: {
            source: {
              TY: [
                "ABST",
                "ANCIENT",
                "BILL",
                "BLOG",
                "CHAP",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ENCYC",
                "GEN",
                "INPR",
                "JFULL",
                "JOUR",
                "MGZN",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "SER",
                "STAT",
                "THES",
                "UNBILL"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "chapter",
                "collection",
                "document",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "interview",
                "musical_score",
                "pamphlet",
                "patent",
                "performance",
                "periodical",
                "post-weblog",
                "review",
                "thesis",
                "treaty"
              ]
            }
          }
        },
        {
          source: "T2",
          target: "event",
          when: {
            source: {
              TY: [
                "CONF",
                "CPAPER"
              ]
            },
            target: {
              type: [
                "paper-conference"
              ]
            }
          }
        },
        {
          source: "T2",
          target: "committee",
          when: {
            source: {
              TY: [
                "HEAR"
              ]
            },
            target: {
              type: [
                "hearing"
              ]
            }
          }
        },
        {
          source: "T2",
          target: "section",
          when: {
            source: {
              TY: [
                "STAND"
              ]
            },
            target: {
              type: [
                "standard"
              ]
            }
          }
        },
        {
          source: "T3",
          target: "collection-title",
          when: {
            source: {
              TY: [
                "ADVS",
                "ANCIENT",
                "CHAP",
                "CONF",
                "DATA",
                "EBOOK",
                "ECHAP",
                "EJOUR",
                "GEN",
                "GOVDOC",
                "MUSIC",
                "SER",
                "SLIDE",
                "SOUND",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "chapter",
                "collection",
                "dataset",
                "document",
                "event",
                "interview",
                "musical_score",
                "paper-conference",
                "performance",
                "periodical",
                "song",
                "speech",
                "treaty"
              ]
            }
          }
        },
        {
          source: "TI",
          target: "title",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: "TY",
          target: "type"
        },
        {
          source: "UR",
          target: "URL",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "post-weblog",
                "regulation",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty",
                "webpage"
              ]
            }
          }
        },
        {
          source: [
            "UR",
            "L4"
          ],
          target: "URL",
          when: {
            source: {
              TY: [
                "HEAR"
              ]
            },
            target: {
              type: [
                "hearing"
              ]
            }
          }
        },
        {
          source: "VL",
          target: "volume",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "BILL",
                "BOOK",
                "CASE",
                "CHAP",
                "CLSWK",
                "CONF",
                "CPAPER",
                "CTLG",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ENCYC",
                "GEN",
                "GOVDOC",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MGZN",
                "MUSIC",
                "NEWS",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "UNBILL",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "book",
                "chapter",
                "classic",
                "collection",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "musical_score",
                "paper-conference",
                "performance",
                "periodical",
                "regulation",
                "report",
                "review",
                "review-book",
                "song",
                "speech",
                "standard",
                "treaty"
              ]
            }
          }
        },
        {
          source: "VL",
          target: "dimensions",
          when: {
            source: {
              TY: [
                "CHART",
                "EQUA",
                "FIGURE"
              ]
            },
            target: {
              type: [
                "figure"
              ]
            }
          }
        },
        {
          source: "VL",
          target: "edition",
          when: {
            source: {
              TY: [
                "COMP"
              ]
            },
            target: {
              type: [
                "software"
              ]
            }
          }
        },
        {
          source: "VL",
          target: "number",
          when: {
            source: {
              TY: [
                "PAMP"
              ]
            },
            target: {
              type: [
                "pamphlet"
              ]
            }
          }
        },
        {
          source: "VL",
          target: "version",
          when: {
            source: {
              TY: [
                "PAT"
              ]
            },
            target: {
              type: [
                "patent"
              ]
            }
          }
        },
        {
          source: [
            "VL",
            "Y2"
          ],
          target: "accessed",
          when: {
            source: {
              TY: [
                "BLOG"
              ]
            },
            target: {
              type: [
                "post-weblog"
              ]
            }
          }
        },
        {
          source: "Y2",
          target: "accessed",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "ANCIENT",
                "ART",
                "BILL",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DICT",
                "EDBOOK",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              type: [
                "article",
                "article-journal",
                "article-magazine",
                "article-newspaper",
                "bill",
                "book",
                "broadcast",
                "chapter",
                "classic",
                "collection",
                "dataset",
                "document",
                "entry",
                "entry-dictionary",
                "entry-encyclopedia",
                "event",
                "figure",
                "graphic",
                "hearing",
                "interview",
                "legal_case",
                "legislation",
                "manuscript",
                "map",
                "motion_picture",
                "musical_score",
                "pamphlet",
                "paper-conference",
                "patent",
                "performance",
                "periodical",
                "personal_communication",
                "post",
                "regulation",
                "report",
                "review",
                "review-book",
                "software",
                "song",
                "speech",
                "standard",
                "thesis",
                "treaty"
              ]
            }
          }
        },
        {
          source: "C4",
          target: "author",
          when: {
            source: {
              TY: [
                "BOOK",
                "CHAP",
                "EBOOK",
                "ECHAP",
                "EJOUR"
              ]
            },
            target: {
              "reviewed-author": true,
              type: [
                "book",
                "chapter",
                "review-book",
                "review"
              ]
            }
          }
        },
        {
          source: "AU",
          target: "reviewed-author",
          when: {
            source: {
              C4: true,
              TY: [
                "BOOK",
                "CHAP",
                "EBOOK",
                "ECHAP",
                "EJOUR"
              ]
            },
            target: {
              type: [
                "book",
                "chapter",
                "review-book",
                "review"
              ]
            }
          }
        },
        {
          source: "TA",
          target: "author",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              "original-author": true,
              translator: true
            }
          }
        },
        {
          source: "AU",
          target: "original-author",
          when: {
            source: {
              TA: true,
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              translator: true
            }
          }
        },
        {
          source: "TT",
          target: "title",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              "original-author": true,
              translator: true
            }
          }
        },
        {
          source: "TI",
          target: "original-title",
          when: {
            source: {
              TT: true,
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ]
            },
            target: {
              translator: true
            }
          }
        }
      ];
    }
  });

  // node_modules/@citation-js/date/lib/input.js
  var require_input4 = __commonJS({
    "node_modules/@citation-js/date/lib/input.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      function _slicedToArray(arr, i) {
        return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i) || _unsupportedIterableToArray(arr, i) || _nonIterableRest();
      }
      function _nonIterableRest() {
        throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
      }
      function _unsupportedIterableToArray(o, minLen) {
        if (!o) return;
        if (typeof o === "string") return _arrayLikeToArray(o, minLen);
        var n = Object.prototype.toString.call(o).slice(8, -1);
        if (n === "Object" && o.constructor) n = o.constructor.name;
        if (n === "Map" || n === "Set") return Array.from(o);
        if (n === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)) return _arrayLikeToArray(o, minLen);
      }
      function _arrayLikeToArray(arr, len) {
        if (len == null || len > arr.length) len = arr.length;
        for (var i = 0, arr2 = new Array(len); i < len; i++) arr2[i] = arr[i];
        return arr2;
      }
      function _iterableToArrayLimit(arr, i) {
        var _i = arr == null ? null : typeof Symbol !== "undefined" && arr[Symbol.iterator] || arr["@@iterator"];
        if (_i == null) return;
        var _arr = [];
        var _n = true;
        var _d = false;
        var _s, _e;
        try {
          for (_i = _i.call(arr); !(_n = (_s = _i.next()).done); _n = true) {
            _arr.push(_s.value);
            if (i && _arr.length === i) break;
          }
        } catch (err) {
          _d = true;
          _e = err;
        } finally {
          try {
            if (!_n && _i["return"] != null) _i["return"]();
          } finally {
            if (_d) throw _e;
          }
        }
        return _arr;
      }
      function _arrayWithHoles(arr) {
        if (Array.isArray(arr)) return arr;
      }
      var monthMap = {
        jan: 1,
        feb: 2,
        mar: 3,
        apr: 4,
        may: 5,
        jun: 6,
        jul: 7,
        aug: 8,
        sep: 9,
        oct: 10,
        nov: 11,
        dec: 12
      };
      var dateRangeDelimiters = / (?:to|[-/]) | ?(?:--|[–—]) ?/;
      var dateRangePattern = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;
      function getMonth(monthName) {
        return monthMap[monthName.toLowerCase().slice(0, 3)];
      }
      function parseEpoch(date) {
        const epoch = new Date(date);
        if (typeof date === "number" && !isNaN(epoch.valueOf())) {
          return [epoch.getFullYear(), epoch.getMonth() + 1, epoch.getDate()];
        } else {
          return null;
        }
      }
      var parseIso8601 = function parseIso86012(date) {
        const pattern = /^(\d{4}|[-+]\d{6,})-(\d{2})(?:-(\d{2}))?/;
        if (typeof date !== "string" || !pattern.test(date)) {
          return null;
        }
        const _date$match = date.match(pattern), _date$match2 = _slicedToArray(_date$match, 4), year = _date$match2[1], month = _date$match2[2], day = _date$match2[3];
        if (!+month) {
          return [year];
        } else if (!+day) {
          return [year, month];
        } else {
          return [year, month, day];
        }
      };
      var parseRfc2822 = function parseRfc28222(date) {
        const pattern = /^(?:[a-z]{3},\s*)?(\d{1,2}) ([a-z]{3}) (\d{4,})/i;
        if (typeof date !== "string" || !pattern.test(date)) {
          return null;
        }
        let _date$match3 = date.match(pattern), _date$match4 = _slicedToArray(_date$match3, 4), day = _date$match4[1], month = _date$match4[2], year = _date$match4[3];
        month = getMonth(month);
        if (!month) {
          return null;
        }
        return [year, month, day];
      };
      function parseAmericanDay(date) {
        const pattern = /^(\d{1,2})\/(\d{1,2})\/(\d{2}(?:\d{2})?)/;
        if (typeof date !== "string" || !pattern.test(date)) {
          return null;
        }
        const _date$match5 = date.match(pattern), _date$match6 = _slicedToArray(_date$match5, 4), month = _date$match6[1], day = _date$match6[2], year = _date$match6[3];
        const check = new Date(year, month, day);
        if (check.getMonth() === parseInt(month)) {
          return [year, month, day];
        } else {
          return null;
        }
      }
      function parseDay(date) {
        const pattern = /^(\d{1,2})[ .\-/](\d{1,2}|[a-z]{3,10})[ .\-/](-?\d+)/i;
        const reversePattern = /^(-?\d+)[ .\-/](\d{1,2}|[a-z]{3,10})[ .\-/](\d{1,2})/i;
        let year;
        let month;
        let day;
        if (typeof date !== "string") {
          return null;
        } else if (pattern.test(date)) {
          var _date$match7 = date.match(pattern);
          var _date$match8 = _slicedToArray(_date$match7, 4);
          day = _date$match8[1];
          month = _date$match8[2];
          year = _date$match8[3];
        } else if (reversePattern.test(date)) {
          var _date$match9 = date.match(reversePattern);
          var _date$match10 = _slicedToArray(_date$match9, 4);
          year = _date$match10[1];
          month = _date$match10[2];
          day = _date$match10[3];
        } else {
          return null;
        }
        if (getMonth(month)) {
          month = getMonth(month);
        } else if (isNaN(month)) {
          return null;
        }
        return [year, month, day];
      }
      function parseMonth(date) {
        const pattern = /^([a-z]{3,10}|-?\d+)[^\w-]+([a-z]{3,10}|-?\d+)$/i;
        if (typeof date === "string" && pattern.test(date)) {
          const values = date.match(pattern).slice(1, 3);
          let month;
          if (getMonth(values[1])) {
            month = getMonth(values.pop());
          } else if (getMonth(values[0])) {
            month = getMonth(values.shift());
          } else if (values.some(isNaN) || values.every((value) => +value < 0)) {
            return null;
          } else if (+values[0] < 0) {
            month = values.pop();
          } else if (+values[0] > +values[1] && +values[1] > 0) {
            month = values.pop();
          } else {
            month = values.shift();
          }
          const year = values.pop();
          return [year, month];
        } else {
          return null;
        }
      }
      function parseYear(date) {
        if (typeof date !== "string") {
          return null;
        }
        const adBc = date.match(/^(\d+) ?(a\.?d\.?|b\.?c\.?)$/i);
        if (adBc) {
          const _adBc$slice = adBc.slice(1), _adBc$slice2 = _slicedToArray(_adBc$slice, 2), date2 = _adBc$slice2[0], suffix = _adBc$slice2[1];
          return [date2 * (suffix.toLowerCase()[0] === "a" ? 1 : -1)];
        } else if (/^-?\d+$/.test(date)) {
          return [date];
        } else {
          return null;
        }
      }
      function parseDateParts(value) {
        const dateParts = parseEpoch(value) || parseIso8601(value) || parseRfc2822(value) || parseAmericanDay(value) || parseDay(value) || parseMonth(value) || parseYear(value);
        return dateParts && dateParts.map((string) => parseInt(string));
      }
      function splitDateRange(range) {
        if (dateRangePattern.test(range)) {
          return range.match(dateRangePattern).slice(1, 3);
        } else {
          return range.split(dateRangeDelimiters);
        }
      }
      function parseDate(rangeStart, rangeEnd) {
        const range = [];
        const rangeStartAsRange = typeof rangeStart === "string" && splitDateRange(rangeStart);
        if (rangeEnd) {
          range.push(rangeStart, rangeEnd);
        } else if (rangeStartAsRange && rangeStartAsRange.length === 2) {
          range.push(...rangeStartAsRange);
        } else {
          range.push(rangeStart);
        }
        const dateParts = range.map(parseDateParts);
        if (dateParts.filter(Boolean).length === range.length) {
          return {
            "date-parts": dateParts
          };
        } else {
          return {
            raw: rangeEnd ? range.join("/") : rangeStart
          };
        }
      }
      var _default = parseDate;
      exports.default = _default;
    }
  });

  // node_modules/@citation-js/date/lib/output.js
  var require_output4 = __commonJS({
    "node_modules/@citation-js/date/lib/output.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      function padStart(str, len, chr) {
        if (str.length >= len) {
          return str;
        }
        while (str.length < len) {
          str = chr + str;
        }
        return str.slice(-len);
      }
      var getDate = function getDate2(date, delimiter = "-") {
        if (!date["date-parts"]) {
          return date.raw;
        }
        const dateParts = date["date-parts"][0].map((part) => part.toString());
        switch (dateParts.length) {
          case 3:
            dateParts[2] = padStart(dateParts[2], 2, "0");
          case 2:
            dateParts[1] = padStart(dateParts[1], 2, "0");
          case 1:
            dateParts[0] = padStart(dateParts[0], 4, "0");
            break;
        }
        return dateParts.join(delimiter);
      };
      var _default = getDate;
      exports.default = _default;
    }
  });

  // node_modules/@citation-js/date/lib/index.js
  var require_lib3 = __commonJS({
    "node_modules/@citation-js/date/lib/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      Object.defineProperty(exports, "format", {
        enumerable: true,
        get: function get() {
          return _output.default;
        }
      });
      Object.defineProperty(exports, "parse", {
        enumerable: true,
        get: function get() {
          return _input.default;
        }
      });
      var _input = _interopRequireDefault(require_input4());
      var _output = _interopRequireDefault(require_output4());
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { default: obj };
      }
    }
  });

  // node_modules/@citation-js/plugin-ris/lib/converters.js
  var require_converters = __commonJS({
    "node_modules/@citation-js/plugin-ris/lib/converters.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var _date = require_lib3();
      var _types = _interopRequireDefault(require_types());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var ISSN_REGEX = /^\d{4}-\d{3}[0-9Xx]$/;
      var DOI_REGEX = /10(?:\.[0-9]{4,})?\/[^\s]*[^\s.,]/;
      var CONVERTERS = {
        ANY: {
          toTarget(...values) {
            return values.find(Boolean);
          },
          toSource(value) {
            return [value];
          }
        },
        PAGE: {
          keepAll: true,
          toTarget(start, end) {
            return [start, end].filter(Boolean).join("-");
          },
          toSource(pages) {
            return pages.replace(/[-–—]/g, "-");
          }
        },
        ISBN: {
          toTarget(id) {
            return ISSN_REGEX.test(id) ? [id] : [void 0, id];
          },
          toSource(...ids) {
            return ids.find(Boolean);
          }
        },
        DATE: {
          toTarget(date) {
            return date && (0, _date.parse)(date.split("/").slice(0, 3).filter(Boolean).join("/"));
          },
          toSource(date) {
            if (!date["date-parts"] || !date["date-parts"][0]) {
              return void 0;
            }
            const parts = Array(4).fill("");
            date["date-parts"][0].forEach((part, index) => {
              parts[index] = part;
            });
            if (date.season) {
              parts[3] = date.season;
            }
            return parts.join("/");
          }
        },
        YEAR: {
          toTarget(year) {
            return isNaN(+year) ? {
              raw: year
            } : {
              "date-parts": [[+year]]
            };
          },
          toSource(date) {
            var _date$dateParts;
            return (_date$dateParts = date["date-parts"]) === null || _date$dateParts === void 0 || (_date$dateParts = _date$dateParts[0]) === null || _date$dateParts === void 0 || (_date$dateParts = _date$dateParts[0]) === null || _date$dateParts === void 0 ? void 0 : _date$dateParts.toString();
          }
        },
        DATE_YEAR: {
          keepAll: true,
          toTarget(...dates) {
            return CONVERTERS.DATE.toTarget(CONVERTERS.ANY.toTarget(...dates));
          },
          toSource(date) {
            return [CONVERTERS.DATE.toSource(date), CONVERTERS.YEAR.toSource(date)];
          }
        },
        NAME: {
          toTarget(names) {
            return names && [].concat(names).map((name) => {
              const parts = name.split(/, ?/);
              const [family, given, suffix] = parts;
              switch (parts.length) {
                case 3:
                  return {
                    family,
                    given,
                    suffix
                  };
                case 2:
                  return {
                    family,
                    given
                  };
                case 1:
                  if (family.indexOf(" ") === -1) {
                    return {
                      family
                    };
                  }
                default:
                  return {
                    literal: name
                  };
              }
            });
          },
          toSource(names) {
            return names.map(({
              family,
              given,
              suffix,
              literal
            }) => {
              const parts = [family, given, suffix].filter(Boolean);
              return parts.length ? parts.join(", ") : literal;
            });
          }
        },
        KEYWORD: {
          toTarget(words) {
            words = [].concat(words);
            return words.join(",");
          },
          toSource(words) {
            return words.split(",");
          }
        },
        ID: {
          toSource(id) {
            return id.toString().slice(0, 20);
          }
        },
        TYPE: {
          toTarget(type) {
            return _types.default.RIS[type];
          },
          toSource(type) {
            return _types.default.CSL[type];
          }
        },
        DOI: {
          toTarget(doi) {
            const match = doi.match(DOI_REGEX);
            return match ? match[0] : void 0;
          },
          toSource(doi) {
            const match = doi.match(DOI_REGEX);
            return match ? match[0] : void 0;
          }
        }
      };
      var _default = exports.default = CONVERTERS;
    }
  });

  // node_modules/@citation-js/plugin-ris/lib/spec/old.js
  var require_old = __commonJS({
    "node_modules/@citation-js/plugin-ris/lib/spec/old.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var _converters = _interopRequireDefault(require_converters());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var _default = exports.default = [{
        source: "TY",
        target: "type"
      }, {
        source: "ID",
        target: "id"
      }, {
        source: ["T1", "TI", "CT"],
        target: "title"
      }, {
        source: "BT",
        target: "title",
        when: {
          source: {
            type: ["BOOK", "UNPB"],
            T1: false,
            TI: false,
            CT: false
          },
          target: false
        }
      }, {
        source: "T2",
        target: "container-title",
        when: {
          target: {
            type: ["bill", "book", "broadcast", "chapter", "dataset", "entry", "entry-dictionary", "entry-encyclopedia", "figure", "graphic", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent", "personal_communication", "post", "post-weblog", "report", "review", "review-book", "song", "speech", "thesis", "treaty", "webpage"]
          }
        }
      }, {
        source: "BT",
        target: "container-title",
        when: {
          source: {
            type: ["ABST", "ADVS", "ART", "BILL", "CASE", "CHAP", "COMP", "CONF", "CTLG", "DATA", "ELEC", "GEN", "HEAR", "ICOMM", "INPR", "JFULL", "JOUR", "MAP", "MGZN", "MPCT", "MUSIC", "NEWS", "PAMP", "PAT", "PCOMM", "RPRT", "SER", "SLIDE", "SOUND", "STAT", "THES", "UNBILL", "VIDEO"],
            T2: false
          },
          target: false
        }
      }, {
        source: "T3",
        target: "collection-title"
      }, {
        source: ["A1", "AU"],
        target: "author"
      }, {
        source: ["A2", "ED"],
        target: "editor"
      }, {
        source: "A3",
        target: "collection-editor"
      }, {
        source: ["Y1", "PY"],
        target: "issued"
      }, {
        source: "Y2",
        target: "event-date",
        convert: _converters.default.DATE,
        when: {
          source: {
            type: ["CONF", "CPAPER"]
          },
          target: {
            type: ["paper-conference"]
          }
        }
      }, {
        source: "Y2",
        target: "submitted",
        convert: _converters.default.DATE,
        when: {
          source: {
            type: ["PAT"]
          },
          target: {
            type: "patent"
          }
        }
      }, {
        source: ["AB", "N1"],
        target: "note"
      }, {
        source: "N2",
        target: "abstract"
      }, {
        source: "KW",
        target: "keyword"
      }, {
        source: ["JF", "JO"],
        target: "container-title",
        convert: _converters.default.ANY,
        when: {
          target: {
            type: ["article", "article-journal", "article-magazine", "article-newspaper"]
          }
        }
      }, {
        source: ["JA", "J1", "J2"],
        target: "container-title-short"
      }, {
        source: "VL",
        target: "volume"
      }, {
        source: ["IS", "CP"],
        target: "issue"
      }, {
        source: "SP",
        target: "page-first"
      }, {
        source: ["SP", "EP"],
        target: "page",
        convert: _converters.default.PAGE,
        when: {
          source: {
            SP: true,
            EP: true
          }
        }
      }, {
        source: "CY",
        target: "publisher-place"
      }, {
        source: "PB",
        target: "publisher"
      }, {
        source: "SN",
        target: ["ISSN", "ISBN"]
      }, {
        source: "AV",
        target: "archive_location"
      }, {
        source: "UR",
        target: "URL"
      }];
    }
  });

  // node_modules/@citation-js/plugin-ris/lib/spec/additions.json
  var require_additions = __commonJS({
    "node_modules/@citation-js/plugin-ris/lib/spec/additions.json"(exports, module) {
      module.exports = [
        {
          source: [
            "T1",
            "BT"
          ],
          target: "title",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ],
              TI: false
            },
            target: false
          }
        },
        {
          source: "A1",
          target: "author",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BLOG",
                "BOOK",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MULTI",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "THES",
                "UNPB",
                "VIDEO"
              ],
              AU: false
            },
            target: false
          }
        },
        {
          source: "Y1",
          target: "issued",
          when: {
            source: {
              TY: [
                "CONF"
              ],
              C2: false,
              DA: false
            },
            target: false
          }
        },
        {
          source: "Y1",
          target: "issued",
          when: {
            source: {
              TY: [
                "PAT"
              ],
              C2: false,
              DA: false,
              PY: false
            },
            target: false
          }
        },
        {
          source: "Y1",
          target: "issued",
          when: {
            source: {
              TY: [
                "EBOOK"
              ],
              C5: false,
              PY: false
            },
            target: false
          }
        },
        {
          source: "Y1",
          target: "issued",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHART",
                "CPAPER",
                "CTLG",
                "DATA",
                "EDBOOK",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MUSIC",
                "PAMP",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ],
              DA: false,
              PY: false
            },
            target: false
          }
        },
        {
          source: "Y1",
          target: "issued",
          when: {
            source: {
              TY: [
                "STAT"
              ],
              DA: false,
              PY: false,
              Y2: false
            },
            target: false
          }
        },
        {
          source: "Y1",
          target: "issued",
          when: {
            source: {
              TY: [
                "AGGR",
                "DBASE"
              ],
              ET: false,
              PY: false
            },
            target: false
          }
        },
        {
          source: "Y1",
          target: "issued",
          when: {
            source: {
              TY: [
                "CHAP",
                "CLSWK",
                "COMP",
                "DICT",
                "ECHAP",
                "GOVDOC",
                "MULTI",
                "NEWS"
              ],
              PY: false
            },
            target: false
          }
        },
        {
          source: "Y1",
          target: "issued",
          when: {
            source: {
              TY: [
                "EJOUR"
              ],
              PY: false,
              SE: false
            },
            target: false
          }
        },
        {
          source: [
            "JO",
            "JF",
            "J1"
          ],
          target: "container-title",
          when: {
            source: {
              TY: [
                "CONF"
              ],
              C3: false
            },
            target: false
          }
        },
        {
          source: [
            "JO",
            "JF",
            "J1"
          ],
          target: "container-title",
          when: {
            source: {
              TY: [
                "ABST",
                "ANCIENT",
                "BILL",
                "BLOG",
                "CHAP",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ENCYC",
                "GEN",
                "INPR",
                "JFULL",
                "JOUR",
                "MGZN",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "SER",
                "STAT",
                "THES",
                "UNBILL"
              ],
              T2: false
            },
            target: false
          }
        },
        {
          source: "JA",
          target: "container-title-short",
          when: {
            source: {
              TY: [
                "ABST",
                "ANCIENT",
                "BOOK",
                "CHAP",
                "CTLG",
                "DATA",
                "DICT",
                "ENCYC",
                "GRANT",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MGZN",
                "PAMP",
                "PCOMM",
                "SER",
                "STAND",
                "STAT",
                "UNPB"
              ],
              J2: false
            },
            target: false
          }
        },
        {
          source: "N2",
          target: "abstract",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ],
              AB: false
            },
            target: false
          }
        },
        {
          source: [
            "SP",
            "EP"
          ],
          target: "page",
          when: {
            source: {
              TY: [
                "BOOK"
              ],
              SE: false
            },
            target: false
          }
        },
        {
          source: [
            "SP",
            "EP"
          ],
          target: "page",
          when: {
            source: {
              TY: [
                "ABST",
                "AGGR",
                "ANCIENT",
                "BILL",
                "CHAP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DBASE",
                "DICT",
                "ECHAP",
                "EJOUR",
                "ENCYC",
                "GEN",
                "GOVDOC",
                "GRANT",
                "HEAR",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MGZN",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "STAND",
                "STAT",
                "UNBILL",
                "UNPB"
              ],
              EP: true
            },
            target: false
          }
        },
        {
          source: "AV",
          target: "archive_location",
          when: {
            target: false
          }
        },
        {
          source: "LK",
          target: "URL",
          when: {
            source: {
              TY: [
                "HEAR"
              ],
              L4: false,
              UR: false
            },
            target: false
          }
        },
        {
          source: "LK",
          target: "URL",
          when: {
            source: {
              TY: [
                "ABST",
                "ADVS",
                "AGGR",
                "ANCIENT",
                "ART",
                "BILL",
                "BLOG",
                "BOOK",
                "CASE",
                "CHAP",
                "CHART",
                "CLSWK",
                "COMP",
                "CONF",
                "CPAPER",
                "CTLG",
                "DATA",
                "DBASE",
                "DICT",
                "EBOOK",
                "ECHAP",
                "EDBOOK",
                "EJOUR",
                "ELEC",
                "ENCYC",
                "EQUA",
                "FIGURE",
                "GEN",
                "GOVDOC",
                "GRANT",
                "ICOMM",
                "INPR",
                "JFULL",
                "JOUR",
                "LEGAL",
                "MANSCPT",
                "MAP",
                "MGZN",
                "MPCT",
                "MULTI",
                "MUSIC",
                "NEWS",
                "PAMP",
                "PAT",
                "PCOMM",
                "RPRT",
                "SER",
                "SLIDE",
                "SOUND",
                "STAND",
                "STAT",
                "THES",
                "UNBILL",
                "UNPB",
                "VIDEO"
              ],
              UR: false
            },
            target: false
          }
        },
        {
          source: "IS",
          target: "issue",
          when: {
            source: {
              TY: "MGZN",
              M1: false
            },
            target: false
          }
        }
      ];
    }
  });

  // node_modules/@citation-js/plugin-ris/lib/spec/mixed.js
  var require_mixed = __commonJS({
    "node_modules/@citation-js/plugin-ris/lib/spec/mixed.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var _new = _interopRequireDefault(require_new());
      var _additions = _interopRequireDefault(require_additions());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var _default = exports.default = _new.default.concat(_additions.default);
    }
  });

  // node_modules/@citation-js/plugin-ris/lib/spec/index.js
  var require_spec = __commonJS({
    "node_modules/@citation-js/plugin-ris/lib/spec/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.SPECS = void 0;
      Object.defineProperty(exports, "TYPES", {
        enumerable: true,
        get: function() {
          return _types.default;
        }
      });
      var _types = _interopRequireDefault(require_types());
      var _new = _interopRequireDefault(require_new());
      var _old = _interopRequireDefault(require_old());
      var _mixed = _interopRequireDefault(require_mixed());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var SPECS = exports.SPECS = {
        new: _new.default,
        old: _old.default,
        mixed: _mixed.default
      };
    }
  });

  // node_modules/@citation-js/plugin-ris/lib/dataTypes.json
  var require_dataTypes = __commonJS({
    "node_modules/@citation-js/plugin-ris/lib/dataTypes.json"(exports, module) {
      module.exports = {
        author: "NAME",
        chair: "NAME",
        "collection-editor": "NAME",
        compiler: "NAME",
        composer: "NAME",
        "container-author": "NAME",
        contributor: "NAME",
        curator: "NAME",
        director: "NAME",
        editor: "NAME",
        "editorial-director": "NAME",
        "editor-translator": "NAME",
        "executive-producer": "NAME",
        guest: "NAME",
        host: "NAME",
        illustrator: "NAME",
        interviewer: "NAME",
        narrator: "NAME",
        organizer: "NAME",
        "original-author": "NAME",
        performer: "NAME",
        producer: "NAME",
        recipient: "NAME",
        "reviewed-author": "NAME",
        "script-writer": "NAME",
        "series-creator": "NAME",
        translator: "NAME",
        accessed: "DATE",
        "available-date": "DATE",
        "event-date": "DATE",
        issued: "DATE_YEAR",
        "original-date": "DATE",
        submitted: "DATE",
        id: "ID",
        "ISSN,ISBN": "ISBN",
        keyword: "KEYWORD",
        page: "PAGE",
        type: "TYPE",
        DOI: "DOI"
      };
    }
  });

  // node_modules/@citation-js/plugin-ris/lib/ris.js
  var require_ris = __commonJS({
    "node_modules/@citation-js/plugin-ris/lib/ris.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.format = format;
      exports.parse = parse;
      exports.parseMixed = parseMixed;
      exports.parseNew = parseNew;
      exports.parseOld = parseOld;
      var _core = require_lib2();
      var _index = require_spec();
      var _converters = _interopRequireDefault(require_converters());
      var _dataTypes = _interopRequireDefault(require_dataTypes());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      function ownKeys(e, r) {
        var t = Object.keys(e);
        if (Object.getOwnPropertySymbols) {
          var o = Object.getOwnPropertySymbols(e);
          r && (o = o.filter(function(r2) {
            return Object.getOwnPropertyDescriptor(e, r2).enumerable;
          })), t.push.apply(t, o);
        }
        return t;
      }
      function _objectSpread(e) {
        for (var r = 1; r < arguments.length; r++) {
          var t = null != arguments[r] ? arguments[r] : {};
          r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
            _defineProperty(e, r2, t[r2]);
          }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
            Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
          });
        }
        return e;
      }
      function _defineProperty(e, r, t) {
        return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
      }
      function _toPropertyKey(t) {
        var i = _toPrimitive(t, "string");
        return "symbol" == typeof i ? i : i + "";
      }
      function _toPrimitive(t, r) {
        if ("object" != typeof t || !t) return t;
        var e = t[Symbol.toPrimitive];
        if (void 0 !== e) {
          var i = e.call(t, r || "default");
          if ("object" != typeof i) return i;
          throw new TypeError("@@toPrimitive must return a primitive value.");
        }
        return ("string" === r ? String : Number)(t);
      }
      var LINE_MATCH = /^[A-Z][A-Z0-9] {2}-( |$)/;
      var LINE_SPLIT = / {2}-(?: |$)/;
      var TRANSLATORS = /* @__PURE__ */ new Map();
      function prepareTranslator(spec) {
        if (!TRANSLATORS.has(spec)) {
          for (const mapping of spec) {
            if (mapping.target === "issued" && !Array.isArray(mapping.source)) {
              mapping.convert = _converters.default.YEAR;
              continue;
            }
            if (mapping.target in _dataTypes.default) {
              mapping.convert = _converters.default[_dataTypes.default[mapping.target]];
            }
            if (mapping.convert && mapping.convert.keepAll === true) {
              continue;
            }
            if (Array.isArray(mapping.source)) {
              if (mapping.convert) {
                const {
                  toSource,
                  toTarget
                } = mapping.convert;
                mapping.convert = {
                  toTarget(...args) {
                    return toTarget(_converters.default.ANY.toTarget(...args));
                  },
                  toSource(...args) {
                    return _converters.default.ANY.toSource(toSource(...args));
                  }
                };
              } else {
                mapping.convert = _converters.default.ANY;
              }
            }
          }
          TRANSLATORS.set(spec, new _core.util.Translator(spec));
        }
        return TRANSLATORS.get(spec);
      }
      function parseType(type) {
        type = type.toUpperCase();
        if (type === "JOURN") {
          return "JOUR";
        }
        return type;
      }
      function parse(text) {
        const entries = [];
        let lastEntry;
        let lastTag;
        for (let line of text.split(/\r?\n/)) {
          line = line.trim();
          if (!LINE_MATCH.test(line)) {
            if (lastEntry && lastTag) {
              lastEntry[lastTag] += " " + line;
            }
            continue;
          }
          let [tag, value] = line.split(LINE_SPLIT);
          if (value.trim() === "") {
            lastTag = void 0;
            continue;
          }
          switch (tag) {
            case "ER":
              lastEntry = void 0;
              lastTag = void 0;
              break;
            case "TY":
              lastEntry = {};
              entries.push(lastEntry);
              value = parseType(value);
            default:
              if (Array.isArray(lastEntry[tag])) {
                lastEntry[tag].push(value);
              } else {
                lastEntry[tag] = lastEntry[tag] ? [lastEntry[tag], value] : value;
              }
              lastTag = tag;
          }
        }
        return entries;
      }
      function parseOld(data) {
        return prepareTranslator(_index.SPECS.old).convertToTarget(data);
      }
      function parseNew(data) {
        return prepareTranslator(_index.SPECS.new).convertToTarget(data);
      }
      function parseMixed(data) {
        return prepareTranslator(_index.SPECS.mixed).convertToTarget(data);
      }
      function format(data, {
        type,
        format: format2 = type || "text",
        spec = "mixed"
      } = {}) {
        if (!_index.SPECS[spec]) {
          throw new TypeError(`Invalid RIS specification ("${spec}")`);
        }
        const translate = prepareTranslator(_index.SPECS[spec]).convertToSource;
        const entries = data.map((entry) => translate(entry.type ? entry : _objectSpread(_objectSpread({}, entry), {}, {
          type: "document"
        })));
        if (format2 === "object") {
          return entries;
        }
        return entries.map((entry) => {
          const tags = [];
          for (const tag in entry) {
            if (tag === "TY") {
              continue;
            }
            tags.push(...[].concat(entry[tag]).map((value) => `${tag}  - ${value.toString().replace(/(.{70})/g, "$1\n")}`));
          }
          tags.unshift(`TY  - ${entry.TY}`);
          tags.push("ER  - ");
          return tags.join("\n");
        }).join("\n");
      }
    }
  });

  // node_modules/@citation-js/plugin-ris/lib/index.js
  var require_lib4 = __commonJS({
    "node_modules/@citation-js/plugin-ris/lib/index.js"() {
      "use strict";
      var _core = require_lib2();
      var _ris = require_ris();
      var oldProps = ["A1", "AV", "BT", "CP", "ED", "EP", "ID", "J1", "JA", "JF", "JO", "L2", "L3", "N2", "T1", "U1", "U2", "U3", "U4", "U5", "U6", "Y1"];
      var newProps = ["A4", "AD", "AN", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "CA", "CN", "DA", "DB", "DO", "DP", "ET", "LA", "LB", "NV", "OP", "PY", "RI", "RN", "SE", "ST", "SV", "TA", "TT"];
      _core.plugins.add("@ris", {
        input: {
          "@ris/file": {
            parse: _ris.parse,
            parseType: {
              dataType: "String",
              predicate: /^TY {2}- /m
            }
          },
          "@ris/record": {
            parse: _ris.parseMixed,
            parseType: {
              dataType: "SimpleObject",
              propertyConstraint: {
                props: ["TY"]
              }
            }
          },
          "@ris/new+record": {
            parse: _ris.parseNew,
            parseType: {
              extends: "@ris/record",
              propertyConstraint: [{
                props: newProps,
                match: "some"
              }, {
                props: oldProps,
                match: "none"
              }]
            }
          },
          "@ris/old+record": {
            parse: _ris.parseOld,
            parseType: {
              extends: "@ris/record",
              propertyConstraint: [{
                props: oldProps,
                match: "some"
              }, {
                props: newProps,
                match: "none"
              }]
            }
          }
        },
        output: {
          ris: _ris.format
        }
      });
    }
  });

  // node_modules/moo/moo.js
  var require_moo = __commonJS({
    "node_modules/moo/moo.js"(exports, module) {
      (function(root, factory) {
        if (typeof define === "function" && define.amd) {
          define([], factory);
        } else if (typeof module === "object" && module.exports) {
          module.exports = factory();
        } else {
          root.moo = factory();
        }
      })(exports, function() {
        "use strict";
        var hasOwnProperty = Object.prototype.hasOwnProperty;
        var toString = Object.prototype.toString;
        var hasSticky = typeof new RegExp().sticky === "boolean";
        function isRegExp(o) {
          return o && toString.call(o) === "[object RegExp]";
        }
        function isObject(o) {
          return o && typeof o === "object" && !isRegExp(o) && !Array.isArray(o);
        }
        function reEscape(s) {
          return s.replace(/[-\/\\^$*+?.()|[\]{}]/g, function(x) {
            if (x === "-") return "\\x2d";
            return "\\" + x;
          });
        }
        function reGroups(s) {
          var re = new RegExp("|" + s);
          return re.exec("").length - 1;
        }
        function reCapture(s) {
          return "(" + s + ")";
        }
        function reUnion(regexps) {
          if (!regexps.length) return "(?!)";
          var source = regexps.map(function(s) {
            return "(?:" + s + ")";
          }).join("|");
          return "(?:" + source + ")";
        }
        function regexpOrLiteral(obj) {
          if (typeof obj === "string") {
            return "(?:" + reEscape(obj) + ")";
          } else if (isRegExp(obj)) {
            if (obj.ignoreCase) throw new Error("RegExp /i flag not allowed");
            if (obj.global) throw new Error("RegExp /g flag is implied");
            if (obj.sticky) throw new Error("RegExp /y flag is implied");
            if (obj.multiline) throw new Error("RegExp /m flag is implied");
            return obj.source;
          } else {
            throw new Error("Not a pattern: " + obj);
          }
        }
        function pad(s, length) {
          if (s.length > length) {
            return s;
          }
          return Array(length - s.length + 1).join(" ") + s;
        }
        function lastNLines(string, numLines) {
          var position = string.length;
          var lineBreaks = 0;
          while (true) {
            var idx = string.lastIndexOf("\n", position - 1);
            if (idx === -1) {
              break;
            } else {
              lineBreaks++;
            }
            position = idx;
            if (lineBreaks === numLines) {
              break;
            }
            if (position === 0) {
              break;
            }
          }
          var startPosition = lineBreaks < numLines ? 0 : position + 1;
          return string.substring(startPosition).split("\n");
        }
        function objectToRules(object) {
          var keys = Object.getOwnPropertyNames(object);
          var result = [];
          for (var i = 0; i < keys.length; i++) {
            var key = keys[i];
            var thing = object[key];
            var rules = [].concat(thing);
            if (key === "include") {
              for (var j = 0; j < rules.length; j++) {
                result.push({ include: rules[j] });
              }
              continue;
            }
            var match = [];
            rules.forEach(function(rule) {
              if (isObject(rule)) {
                if (match.length) result.push(ruleOptions(key, match));
                result.push(ruleOptions(key, rule));
                match = [];
              } else {
                match.push(rule);
              }
            });
            if (match.length) result.push(ruleOptions(key, match));
          }
          return result;
        }
        function arrayToRules(array) {
          var result = [];
          for (var i = 0; i < array.length; i++) {
            var obj = array[i];
            if (obj.include) {
              var include = [].concat(obj.include);
              for (var j = 0; j < include.length; j++) {
                result.push({ include: include[j] });
              }
              continue;
            }
            if (!obj.type) {
              throw new Error("Rule has no type: " + JSON.stringify(obj));
            }
            result.push(ruleOptions(obj.type, obj));
          }
          return result;
        }
        function ruleOptions(type, obj) {
          if (!isObject(obj)) {
            obj = { match: obj };
          }
          if (obj.include) {
            throw new Error("Matching rules cannot also include states");
          }
          var options = {
            defaultType: type,
            lineBreaks: !!obj.error || !!obj.fallback,
            pop: false,
            next: null,
            push: null,
            error: false,
            fallback: false,
            value: null,
            type: null,
            shouldThrow: false
          };
          for (var key in obj) {
            if (hasOwnProperty.call(obj, key)) {
              options[key] = obj[key];
            }
          }
          if (typeof options.type === "string" && type !== options.type) {
            throw new Error("Type transform cannot be a string (type '" + options.type + "' for token '" + type + "')");
          }
          var match = options.match;
          options.match = Array.isArray(match) ? match : match ? [match] : [];
          options.match.sort(function(a, b) {
            return isRegExp(a) && isRegExp(b) ? 0 : isRegExp(b) ? -1 : isRegExp(a) ? 1 : b.length - a.length;
          });
          return options;
        }
        function toRules(spec) {
          return Array.isArray(spec) ? arrayToRules(spec) : objectToRules(spec);
        }
        var defaultErrorRule = ruleOptions("error", { lineBreaks: true, shouldThrow: true });
        function compileRules(rules, hasStates) {
          var errorRule = null;
          var fast = /* @__PURE__ */ Object.create(null);
          var fastAllowed = true;
          var unicodeFlag = null;
          var groups = [];
          var parts = [];
          for (var i = 0; i < rules.length; i++) {
            if (rules[i].fallback) {
              fastAllowed = false;
            }
          }
          for (var i = 0; i < rules.length; i++) {
            var options = rules[i];
            if (options.include) {
              throw new Error("Inheritance is not allowed in stateless lexers");
            }
            if (options.error || options.fallback) {
              if (errorRule) {
                if (!options.fallback === !errorRule.fallback) {
                  throw new Error("Multiple " + (options.fallback ? "fallback" : "error") + " rules not allowed (for token '" + options.defaultType + "')");
                } else {
                  throw new Error("fallback and error are mutually exclusive (for token '" + options.defaultType + "')");
                }
              }
              errorRule = options;
            }
            var match = options.match.slice();
            if (fastAllowed) {
              while (match.length && typeof match[0] === "string" && match[0].length === 1) {
                var word = match.shift();
                fast[word.charCodeAt(0)] = options;
              }
            }
            if (options.pop || options.push || options.next) {
              if (!hasStates) {
                throw new Error("State-switching options are not allowed in stateless lexers (for token '" + options.defaultType + "')");
              }
              if (options.fallback) {
                throw new Error("State-switching options are not allowed on fallback tokens (for token '" + options.defaultType + "')");
              }
            }
            if (match.length === 0) {
              continue;
            }
            fastAllowed = false;
            groups.push(options);
            for (var j = 0; j < match.length; j++) {
              var obj = match[j];
              if (!isRegExp(obj)) {
                continue;
              }
              if (unicodeFlag === null) {
                unicodeFlag = obj.unicode;
              } else if (unicodeFlag !== obj.unicode && options.fallback === false) {
                throw new Error("If one rule is /u then all must be");
              }
            }
            var pat = reUnion(match.map(regexpOrLiteral));
            var regexp = new RegExp(pat);
            if (regexp.test("")) {
              throw new Error("RegExp matches empty string: " + regexp);
            }
            var groupCount = reGroups(pat);
            if (groupCount > 0) {
              throw new Error("RegExp has capture groups: " + regexp + "\nUse (?: \u2026 ) instead");
            }
            if (!options.lineBreaks && regexp.test("\n")) {
              throw new Error("Rule should declare lineBreaks: " + regexp);
            }
            parts.push(reCapture(pat));
          }
          var fallbackRule = errorRule && errorRule.fallback;
          var flags = hasSticky && !fallbackRule ? "ym" : "gm";
          var suffix = hasSticky || fallbackRule ? "" : "|";
          if (unicodeFlag === true) flags += "u";
          var combined = new RegExp(reUnion(parts) + suffix, flags);
          return { regexp: combined, groups, fast, error: errorRule || defaultErrorRule };
        }
        function compile(rules) {
          var result = compileRules(toRules(rules));
          return new Lexer({ start: result }, "start");
        }
        function checkStateGroup(g, name, map) {
          var state = g && (g.push || g.next);
          if (state && !map[state]) {
            throw new Error("Missing state '" + state + "' (in token '" + g.defaultType + "' of state '" + name + "')");
          }
          if (g && g.pop && +g.pop !== 1) {
            throw new Error("pop must be 1 (in token '" + g.defaultType + "' of state '" + name + "')");
          }
        }
        function compileStates(states, start) {
          var all = states.$all ? toRules(states.$all) : [];
          delete states.$all;
          var keys = Object.getOwnPropertyNames(states);
          if (!start) start = keys[0];
          var ruleMap = /* @__PURE__ */ Object.create(null);
          for (var i = 0; i < keys.length; i++) {
            var key = keys[i];
            ruleMap[key] = toRules(states[key]).concat(all);
          }
          for (var i = 0; i < keys.length; i++) {
            var key = keys[i];
            var rules = ruleMap[key];
            var included = /* @__PURE__ */ Object.create(null);
            for (var j = 0; j < rules.length; j++) {
              var rule = rules[j];
              if (!rule.include) continue;
              var splice = [j, 1];
              if (rule.include !== key && !included[rule.include]) {
                included[rule.include] = true;
                var newRules = ruleMap[rule.include];
                if (!newRules) {
                  throw new Error("Cannot include nonexistent state '" + rule.include + "' (in state '" + key + "')");
                }
                for (var k = 0; k < newRules.length; k++) {
                  var newRule = newRules[k];
                  if (rules.indexOf(newRule) !== -1) continue;
                  splice.push(newRule);
                }
              }
              rules.splice.apply(rules, splice);
              j--;
            }
          }
          var map = /* @__PURE__ */ Object.create(null);
          for (var i = 0; i < keys.length; i++) {
            var key = keys[i];
            map[key] = compileRules(ruleMap[key], true);
          }
          for (var i = 0; i < keys.length; i++) {
            var name = keys[i];
            var state = map[name];
            var groups = state.groups;
            for (var j = 0; j < groups.length; j++) {
              checkStateGroup(groups[j], name, map);
            }
            var fastKeys = Object.getOwnPropertyNames(state.fast);
            for (var j = 0; j < fastKeys.length; j++) {
              checkStateGroup(state.fast[fastKeys[j]], name, map);
            }
          }
          return new Lexer(map, start);
        }
        function keywordTransform(map) {
          var isMap = typeof Map !== "undefined";
          var reverseMap = isMap ? /* @__PURE__ */ new Map() : /* @__PURE__ */ Object.create(null);
          var types = Object.getOwnPropertyNames(map);
          for (var i = 0; i < types.length; i++) {
            var tokenType = types[i];
            var item = map[tokenType];
            var keywordList = Array.isArray(item) ? item : [item];
            keywordList.forEach(function(keyword) {
              if (typeof keyword !== "string") {
                throw new Error("keyword must be string (in keyword '" + tokenType + "')");
              }
              if (isMap) {
                reverseMap.set(keyword, tokenType);
              } else {
                reverseMap[keyword] = tokenType;
              }
            });
          }
          return function(k) {
            return isMap ? reverseMap.get(k) : reverseMap[k];
          };
        }
        var Lexer = function(states, state) {
          this.startState = state;
          this.states = states;
          this.buffer = "";
          this.stack = [];
          this.reset();
        };
        Lexer.prototype.reset = function(data, info) {
          this.buffer = data || "";
          this.index = 0;
          this.line = info ? info.line : 1;
          this.col = info ? info.col : 1;
          this.queuedToken = info ? info.queuedToken : null;
          this.queuedText = info ? info.queuedText : "";
          this.queuedThrow = info ? info.queuedThrow : null;
          this.setState(info ? info.state : this.startState);
          this.stack = info && info.stack ? info.stack.slice() : [];
          return this;
        };
        Lexer.prototype.save = function() {
          return {
            line: this.line,
            col: this.col,
            state: this.state,
            stack: this.stack.slice(),
            queuedToken: this.queuedToken,
            queuedText: this.queuedText,
            queuedThrow: this.queuedThrow
          };
        };
        Lexer.prototype.setState = function(state) {
          if (!state || this.state === state) return;
          this.state = state;
          var info = this.states[state];
          this.groups = info.groups;
          this.error = info.error;
          this.re = info.regexp;
          this.fast = info.fast;
        };
        Lexer.prototype.popState = function() {
          this.setState(this.stack.pop());
        };
        Lexer.prototype.pushState = function(state) {
          this.stack.push(this.state);
          this.setState(state);
        };
        var eat = hasSticky ? function(re, buffer) {
          return re.exec(buffer);
        } : function(re, buffer) {
          var match = re.exec(buffer);
          if (match[0].length === 0) {
            return null;
          }
          return match;
        };
        Lexer.prototype._getGroup = function(match) {
          var groupCount = this.groups.length;
          for (var i = 0; i < groupCount; i++) {
            if (match[i + 1] !== void 0) {
              return this.groups[i];
            }
          }
          throw new Error("Cannot find token type for matched text");
        };
        function tokenToString() {
          return this.value;
        }
        Lexer.prototype.next = function() {
          var index = this.index;
          if (this.queuedGroup) {
            var token = this._token(this.queuedGroup, this.queuedText, index);
            this.queuedGroup = null;
            this.queuedText = "";
            return token;
          }
          var buffer = this.buffer;
          if (index === buffer.length) {
            return;
          }
          var group = this.fast[buffer.charCodeAt(index)];
          if (group) {
            return this._token(group, buffer.charAt(index), index);
          }
          var re = this.re;
          re.lastIndex = index;
          var match = eat(re, buffer);
          var error = this.error;
          if (match == null) {
            return this._token(error, buffer.slice(index, buffer.length), index);
          }
          var group = this._getGroup(match);
          var text = match[0];
          if (error.fallback && match.index !== index) {
            this.queuedGroup = group;
            this.queuedText = text;
            return this._token(error, buffer.slice(index, match.index), index);
          }
          return this._token(group, text, index);
        };
        Lexer.prototype._token = function(group, text, offset) {
          var lineBreaks = 0;
          if (group.lineBreaks) {
            var matchNL = /\n/g;
            var nl = 1;
            if (text === "\n") {
              lineBreaks = 1;
            } else {
              while (matchNL.exec(text)) {
                lineBreaks++;
                nl = matchNL.lastIndex;
              }
            }
          }
          var token = {
            type: typeof group.type === "function" && group.type(text) || group.defaultType,
            value: typeof group.value === "function" ? group.value(text) : text,
            text,
            toString: tokenToString,
            offset,
            lineBreaks,
            line: this.line,
            col: this.col
          };
          var size = text.length;
          this.index += size;
          this.line += lineBreaks;
          if (lineBreaks !== 0) {
            this.col = size - nl + 1;
          } else {
            this.col += size;
          }
          if (group.shouldThrow) {
            var err = new Error(this.formatError(token, "invalid syntax"));
            throw err;
          }
          if (group.pop) this.popState();
          else if (group.push) this.pushState(group.push);
          else if (group.next) this.setState(group.next);
          return token;
        };
        if (typeof Symbol !== "undefined" && Symbol.iterator) {
          var LexerIterator = function(lexer) {
            this.lexer = lexer;
          };
          LexerIterator.prototype.next = function() {
            var token = this.lexer.next();
            return { value: token, done: !token };
          };
          LexerIterator.prototype[Symbol.iterator] = function() {
            return this;
          };
          Lexer.prototype[Symbol.iterator] = function() {
            return new LexerIterator(this);
          };
        }
        Lexer.prototype.formatError = function(token, message) {
          if (token == null) {
            var text = this.buffer.slice(this.index);
            var token = {
              text,
              offset: this.index,
              lineBreaks: text.indexOf("\n") === -1 ? 0 : 1,
              line: this.line,
              col: this.col
            };
          }
          var numLinesAround = 2;
          var firstDisplayedLine = Math.max(token.line - numLinesAround, 1);
          var lastDisplayedLine = token.line + numLinesAround;
          var lastLineDigits = String(lastDisplayedLine).length;
          var displayedLines = lastNLines(
            this.buffer,
            this.line - token.line + numLinesAround + 1
          ).slice(0, 5);
          var errorLines = [];
          errorLines.push(message + " at line " + token.line + " col " + token.col + ":");
          errorLines.push("");
          for (var i = 0; i < displayedLines.length; i++) {
            var line = displayedLines[i];
            var lineNo = firstDisplayedLine + i;
            errorLines.push(pad(String(lineNo), lastLineDigits) + "  " + line);
            if (lineNo === token.line) {
              errorLines.push(pad("", lastLineDigits + token.col + 1) + "^");
            }
          }
          return errorLines.join("\n");
        };
        Lexer.prototype.clone = function() {
          return new Lexer(this.states, this.state);
        };
        Lexer.prototype.has = function(tokenType) {
          return true;
        };
        return {
          compile,
          states: compileStates,
          error: Object.freeze({ error: true }),
          fallback: Object.freeze({ fallback: true }),
          keywords: keywordTransform
        };
      });
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/mapping/biblatexTypes.json
  var require_biblatexTypes = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/mapping/biblatexTypes.json"(exports, module) {
      module.exports = {
        source: {
          article: "article-journal",
          book: "book",
          mvbook: "book",
          inbook: "chapter",
          bookinbook: "book",
          booklet: "book",
          collection: "book",
          mvcollection: "book",
          incollection: "chapter",
          dataset: "dataset",
          manual: "report",
          misc: "document",
          online: "webpage",
          patent: "patent",
          periodical: "periodical",
          proceedings: "book",
          mvproceedings: "book",
          inproceedings: "paper-conference",
          reference: "book",
          mvreference: "book",
          inreference: "entry",
          report: "report",
          software: "software",
          thesis: "thesis",
          unpublished: "manuscript",
          artwork: "graphic",
          audio: "song",
          image: "figure",
          jurisdiction: "legal_case",
          legislation: "legislation",
          legal: "treaty",
          letter: "personal_communication",
          movie: "motion_picture",
          music: "musical_score",
          performance: "performance",
          review: "review",
          standard: "standard",
          video: "motion_picture",
          conference: "paper-conference",
          electronic: "webpage",
          mastersthesis: "thesis",
          phdthesis: "thesis",
          techreport: "report",
          www: "webpage"
        },
        target: {
          article: "article",
          "article-journal": "article",
          "article-magazine": "article",
          "article-newspaper": "article",
          bill: "legislation",
          book: "book",
          broadcast: "audio",
          chapter: "inbook",
          classic: "unpublished",
          collection: "misc",
          dataset: "dataset",
          document: "misc",
          entry: "inreference",
          "entry-dictionary": "inreference",
          "entry-encyclopedia": "inreference",
          event: "misc",
          figure: "artwork",
          graphic: "artwork",
          hearing: "legal",
          interview: "audio",
          legal_case: "jurisdiction",
          legislation: "legislation",
          manuscript: "unpublished",
          motion_picture: "movie",
          musical_score: "music",
          "paper-conference": "inproceedings",
          patent: "patent",
          performance: "performance",
          periodical: "periodical",
          personal_communication: "letter",
          post: "online",
          "post-weblog": "online",
          regulation: "legal",
          report: "report",
          review: "review",
          "review-book": "review",
          software: "software",
          song: "music",
          speech: "audio",
          standard: "standard",
          thesis: "thesis",
          treaty: "legal",
          webpage: "online"
        }
      };
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/mapping/bibtexTypes.json
  var require_bibtexTypes = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/mapping/bibtexTypes.json"(exports, module) {
      module.exports = {
        source: {
          article: "article-journal",
          book: "book",
          booklet: "book",
          conference: "paper-conference",
          inbook: "chapter",
          incollection: "chapter",
          inproceedings: "paper-conference",
          manual: "report",
          mastersthesis: "thesis",
          misc: "document",
          phdthesis: "thesis",
          proceedings: "book",
          techreport: "report",
          unpublished: "manuscript"
        },
        target: {
          article: "article",
          "article-journal": "article",
          "article-magazine": "article",
          "article-newspaper": "article",
          book: "book",
          chapter: "inbook",
          manuscript: "unpublished",
          "paper-conference": "inproceedings",
          report: "techreport",
          review: "article",
          "review-book": "article"
        }
      };
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/input/required.json
  var require_required = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/input/required.json"(exports, module) {
      module.exports = { biblatex: { article: ["author", "title", "journaltitle", ["year", "date"]], book: ["author", "title", ["year", "date"]], mvbook: ["author", "title", ["year", "date"]], inbook: ["author", "title", "booktitle", ["year", "date"]], booklet: [["author", "editor"], "title", ["year", "date"]], collection: ["editor", "title", ["year", "date"]], mvcollection: ["editor", "title", ["year", "date"]], incollection: ["author", "title", "booktitle", ["year", "date"]], dataset: [["author", "editor"], "title", ["year", "date"]], online: [["author", "editor"], "title", ["year", "date"], ["doi", "eprint", "url"]], patent: ["author", "title", "number", ["year", "date"]], periodical: ["editor", "title", ["year", "date"]], proceedings: ["title", ["year", "date"]], mvproceedings: ["title", ["year", "date"]], inproceedings: ["author", "title", "booktitle", ["year", "date"]], report: ["author", "title", "type", "institution", ["year", "date"]], thesis: ["author", "title", "type", "institution", ["year", "date"]], unpublished: ["author", "title", ["year", "date"]], conference: ["author", "title", "booktitle", ["year", "date"]], electronic: [["author", "editor"], "title", ["year", "date"], ["doi", "eprint", "url"]], mastersthesis: ["author", "title", "institution", ["year", "date"]], phdthesis: ["author", "title", "institution", ["year", "date"]], techreport: ["author", "title", "institution", ["year", "date"]], www: [["author", "editor"], "title", ["year", "date"], ["doi", "eprint", "url"]] }, bibtex: { article: ["author", "title", "journal", "year"], book: [["author", "editor"], "title", "publisher", "year"], booklet: ["title"], inbook: [["author", "editor"], "title", ["chapter", "pages"], "publisher", "year"], incollection: ["author", "title", "booktitle", "publisher", "year"], inproceedings: ["author", "title", "booktitle", "year"], mastersthesis: ["author", "title", "school", "year"], phdthesis: ["author", "title", "school", "year"], proceedings: ["title", "year"], techreport: ["author", "title", "institution", "year"], unpublished: ["author", "title", "note"] } };
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/input/fieldTypes.json
  var require_fieldTypes = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/input/fieldTypes.json"(exports, module) {
      module.exports = {
        abstract: ["field", "literal"],
        addendum: ["field", "literal"],
        afterword: ["list", "name"],
        annotation: ["field", "literal"],
        annotator: ["list", "name"],
        author: ["list", "name"],
        authortype: ["field", "key"],
        bookauthor: ["list", "name"],
        bookpagination: ["field", "key"],
        booksubtitle: ["field", "literal"],
        booktitle: ["field", "title"],
        booktitleaddon: ["field", "literal"],
        chapter: ["field", "literal"],
        commentator: ["list", "name"],
        date: ["field", "date"],
        doi: ["field", "verbatim"],
        edition: ["field", "literal"],
        editor: ["list", "name"],
        editora: ["list", "name"],
        editorb: ["list", "name"],
        editorc: ["list", "name"],
        editortype: ["field", "key"],
        editoratype: ["field", "key"],
        editorbtype: ["field", "key"],
        editorctype: ["field", "key"],
        eid: ["field", "literal"],
        entrysubtype: ["field", "literal"],
        eprint: ["field", "verbatim"],
        eprintclass: ["field", "literal"],
        eprinttype: ["field", "literal"],
        eventdate: ["field", "date"],
        eventtitle: ["field", "title"],
        eventtitleaddon: ["field", "literal"],
        file: ["field", "verbatim"],
        foreword: ["list", "name"],
        holder: ["list", "name"],
        howpublished: ["field", "literal"],
        indextitle: ["field", "literal"],
        institution: ["list", "literal"],
        introduction: ["list", "name"],
        isan: ["field", "literal"],
        isbn: ["field", "literal"],
        ismn: ["field", "literal"],
        isrn: ["field", "literal"],
        issn: ["field", "literal"],
        issue: ["field", "literal"],
        issuesubtitle: ["field", "literal"],
        issuetitle: ["field", "literal"],
        iswc: ["field", "literal"],
        journalsubtitle: ["field", "literal"],
        journaltitle: ["field", "literal"],
        label: ["field", "literal"],
        language: ["list", "key"],
        library: ["field", "literal"],
        location: ["list", "literal"],
        mainsubtitle: ["field", "literal"],
        maintitle: ["field", "title"],
        maintitleaddon: ["field", "literal"],
        month: ["field", "literal"],
        nameaddon: ["field", "literal"],
        note: ["field", "literal"],
        number: ["field", "literal"],
        organization: ["list", "literal"],
        origdate: ["field", "date"],
        origlanguage: ["list", "key"],
        origlocation: ["list", "literal"],
        origpublisher: ["list", "literal"],
        origtitle: ["field", "title"],
        pages: ["field", "range"],
        pagetotal: ["field", "literal"],
        pagination: ["field", "key"],
        part: ["field", "literal"],
        publisher: ["list", "literal"],
        pubstate: ["field", "key"],
        reprinttitle: ["field", "literal"],
        series: ["field", "title"],
        shortauthor: ["list", "name"],
        shorteditor: ["list", "name"],
        shorthand: ["field", "literal"],
        shorthandintro: ["field", "literal"],
        shortjournal: ["field", "literal"],
        shortseries: ["field", "literal"],
        shorttitle: ["field", "title"],
        subtitle: ["field", "literal"],
        title: ["field", "title"],
        titleaddon: ["field", "literal"],
        translator: ["list", "name"],
        type: ["field", "title"],
        url: ["field", "uri"],
        urldate: ["field", "date"],
        venue: ["field", "literal"],
        version: ["field", "literal"],
        volume: ["field", "integer"],
        volumes: ["field", "integer"],
        year: ["field", "literal"],
        crossref: ["field", "entry key"],
        entryset: ["separated", "literal"],
        execute: ["field", "code"],
        gender: ["field", "gender"],
        langid: ["field", "identifier"],
        langidopts: ["field", "literal"],
        ids: ["separated", "entry key"],
        indexsorttitle: ["field", "literal"],
        keywords: ["separated", "literal"],
        options: ["separated", "options"],
        presort: ["field", "string"],
        related: ["separated", "literal"],
        relatedoptions: ["separated", "literal"],
        relatedtype: ["field", "identifier"],
        relatedstring: ["field", "literal"],
        sortkey: ["field", "literal"],
        sortname: ["list", "name"],
        sortshorthand: ["field", "literal"],
        sorttitle: ["field", "literal"],
        sortyear: ["field", "integer"],
        xdata: ["separated", "entry key"],
        xref: ["field", "entry key"],
        namea: ["list", "name"],
        nameb: ["list", "name"],
        namec: ["list", "name"],
        nameatype: ["field", "key"],
        namebtype: ["field", "key"],
        namectype: ["field", "key"],
        lista: ["list", "literal"],
        listb: ["list", "literal"],
        listc: ["list", "literal"],
        listd: ["list", "literal"],
        liste: ["list", "literal"],
        listf: ["list", "literal"],
        usera: ["field", "literal"],
        userb: ["field", "literal"],
        userc: ["field", "literal"],
        userd: ["field", "literal"],
        usere: ["field", "literal"],
        userf: ["field", "literal"],
        verba: ["field", "literal"],
        verbb: ["field", "literal"],
        verbc: ["field", "literal"],
        address: ["list", "literal"],
        annote: ["field", "literal"],
        archiveprefix: ["field", "literal"],
        journal: ["field", "literal"],
        key: ["field", "literal"],
        pdf: ["field", "verbatim"],
        primaryclass: ["field", "literal"],
        school: ["list", "literal"],
        numpages: ["field", "integer"],
        pmid: ["field", "literal"],
        pmcid: ["field", "literal"]
      };
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/input/unicode.json
  var require_unicode = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/input/unicode.json"(exports, module) {
      module.exports = { diacritics: { "`": "\u0300", "'": "\u0301", "^": "\u0302", "~": "\u0303", "=": "\u0304", u: "\u0306", ".": "\u0307", '"': "\u0308", r: "\u030A", H: "\u030B", v: "\u030C", b: "\u0332", d: "\u0323", c: "\u0327", k: "\u0328", t: "\u0361", textcommabelow: "\u0326" }, commands: { textquotesingle: "'", textasciigrave: "`", textquotedbl: '"', textdollar: "$", textless: "<", textgreater: ">", textbackslash: "\\", textasciicircum: "^", textunderscore: "_", textbraceleft: "{", textbar: "|", textbraceright: "}", textasciitilde: "~", textexclamdown: "\xA1", textcent: "\xA2", textsterling: "\xA3", textcurrency: "\xA4", textyen: "\xA5", textbrokenbar: "\xA6", textsection: "\xA7", textasciidieresis: "\xA8", textcopyright: "\xA9", textordfeminine: "\xAA", guillemetleft: "\xAB", guillemotleft: "\xAB", textlnot: "\xAC", textregistered: "\xAE", textasciimacron: "\xAF", textdegree: "\xB0", textpm: "\xB1", texttwosuperior: "\xB2", textthreesuperior: "\xB3", textasciiacute: "\xB4", textmu: "\xB5", textparagraph: "\xB6", textperiodcentered: "\xB7", textonesuperior: "\xB9", textordmasculine: "\xBA", guillemetright: "\xBB", guillemotright: "\xBB", textonequarter: "\xBC", textonehalf: "\xBD", textthreequarters: "\xBE", textquestiondown: "\xBF", AE: "\xC6", DH: "\xD0", texttimes: "\xD7", O: "\xD8", TH: "\xDE", ss: "\xDF", ae: "\xE6", dh: "\xF0", textdiv: "\xF7", o: "\xF8", th: "\xFE", DJ: "\u0110", dj: "\u0111", i: "\u0131", IJ: "\u0132", ij: "\u0133", L: "\u0141", l: "\u0142", NG: "\u014A", ng: "\u014B", OE: "\u0152", oe: "\u0153", textflorin: "\u0192", j: "\u0237", textasciicaron: "\u02C7", textasciibreve: "\u02D8", textacutedbl: "\u02DD", textgravedbl: "\u02F5", texttildelow: "\u02F7", textbaht: "\u0E3F", SS: "\u1E9E", textcompwordmark: "\u200C", textendash: "\u2013", textemdash: "\u2014", textbardbl: "\u2016", textquoteleft: "\u2018", textquoteright: "\u2019", quotesinglbase: "\u201A", textquotedblleft: "\u201C", textquotedblright: "\u201D", quotedblbase: "\u201E", textdagger: "\u2020", textdaggerdbl: "\u2021", textbullet: "\u2022", textellipsis: "\u2026", textperthousand: "\u2030", textpertenthousand: "\u2031", guilsinglleft: "\u2039", guilsinglright: "\u203A", textreferencemark: "\u203B", textinterrobang: "\u203D", textfractionsolidus: "\u2044", textlquill: "\u2045", textrquill: "\u2046", textdiscount: "\u2052", textcolonmonetary: "\u20A1", textlira: "\u20A4", textnaira: "\u20A6", textwon: "\u20A9", textdong: "\u20AB", texteuro: "\u20AC", textpeso: "\u20B1", textcelsius: "\u2103", textnumero: "\u2116", textcircledP: "\u2117", textrecipe: "\u211E", textservicemark: "\u2120", texttrademark: "\u2122", textohm: "\u2126", textmho: "\u2127", textestimated: "\u212E", textleftarrow: "\u2190", textuparrow: "\u2191", textrightarrow: "\u2192", textdownarrow: "\u2193", textminus: "\u2212", Hwithstroke: "\u0126", hwithstroke: "\u0127", textasteriskcentered: "\u2217", textsurd: "\u221A", textlangle: "\u2329", textrangle: "\u232A", textblank: "\u2422", textvisiblespace: "\u2423", textopenbullet: "\u25E6", textbigcircle: "\u25EF", textmusicalnote: "\u266A", textmarried: "\u26AD", textdivorced: "\u26AE", textinterrobangdown: "\u2E18", textcommabelow: null, copyright: "\xA9" }, mathCommands: { Gamma: "\u0393", Delta: "\u0394", Theta: "\u0398", Lambda: "\u039B", Xi: "\u039E", Pi: "\u03A0", Sigma: "\u03A3", Phi: "\u03A6", Psi: "\u03A8", Omega: "\u03A9", alpha: "\u03B1", beta: "\u03B2", gamma: "\u03B3", delta: "\u03B4", varepsilon: "\u03B5", zeta: "\u03B6", eta: "\u03B7", theta: "\u03B8", iota: "\u03B9", kappa: "\u03BA", lambda: "\u03BB", mu: "\u03BC", nu: "\u03BD", xi: "\u03BE", pi: "\u03C0", rho: "\u03C1", varsigma: "\u03C2", sigma: "\u03C3", tau: "\u03C4", upsilon: "\u03C5", varphi: "\u03C6", chi: "\u03C7", psi: "\u03C8", omega: "\u03C9", vartheta: "\u03D1", Upsilon: "\u03D2", phi: "\u03D5", varpi: "\u03D6", varrho: "\u03F1", epsilon: "\u03F5" } };
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/input/constants.js
  var require_constants = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/input/constants.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.sentenceCaseLanguages = exports.required = exports.mathScripts = exports.mathScriptFormatting = exports.mathCommands = exports.ligatures = exports.ligaturePattern = exports.formattingEnvs = exports.formattingCommands = exports.formatting = exports.fieldTypes = exports.diacritics = exports.defaultStrings = exports.commands = exports.argumentCommands = void 0;
      var _required2 = _interopRequireDefault(require_required());
      var _fieldTypes2 = _interopRequireDefault(require_fieldTypes());
      var _unicode = _interopRequireDefault(require_unicode());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var required = exports.required = _required2.default;
      var fieldTypes = exports.fieldTypes = _fieldTypes2.default;
      var diacritics = exports.diacritics = _unicode.default.diacritics;
      var commands = exports.commands = _unicode.default.commands;
      var mathCommands = exports.mathCommands = _unicode.default.mathCommands;
      var defaultStrings = exports.defaultStrings = {
        jan: "01",
        feb: "02",
        mar: "03",
        apr: "04",
        may: "05",
        jun: "06",
        jul: "07",
        aug: "08",
        sep: "09",
        oct: "10",
        nov: "11",
        dec: "12",
        acmcs: "ACM Computing Surveys",
        acta: "Acta Informatica",
        cacm: "Communications of the ACM",
        ibmjrd: "IBM Journal of Research and Development",
        ibmsj: "IBM Systems Journal",
        ieeese: "IEEE Transactions on Software Engineering",
        ieeetc: "IEEE Transactions on Computers",
        ieeetcad: "IEEE Transactions on Computer-Aided Design of Integrated Circuits",
        ipl: "Information Processing Letters",
        jacm: "Journal of the ACM",
        jcss: "Journal of Computer and System Sciences",
        scp: "Science of Computer Programming",
        sicomp: "SIAM Journal on Computing",
        tocs: "ACM Transactions on Computer Systems",
        tods: "ACM Transactions on Database Systems",
        tog: "ACM Transactions on Graphics",
        toms: "ACM Transactions on Mathematical Software",
        toois: "ACM Transactions on Office Information Systems",
        toplas: "ACM Transactions on Programming Languages and Systems",
        tcs: "Theoretical Computer Science"
      };
      var formattingEnvs = exports.formattingEnvs = {
        it: "italics",
        itshape: "italics",
        sl: "italics",
        slshape: "italics",
        em: "italics",
        bf: "bold",
        bfseries: "bold",
        sc: "smallcaps",
        scshape: "smallcaps",
        rm: void 0,
        sf: void 0,
        tt: void 0
      };
      var formattingCommands = exports.formattingCommands = {
        textit: "italics",
        textsl: "italics",
        emph: "italics",
        mkbibitalic: "italics",
        mkbibemph: "italics",
        textbf: "bold",
        strong: "bold",
        mkbibbold: "bold",
        textsc: "smallcaps",
        textsuperscript: "superscript",
        textsubscript: "subscript",
        enquote: "quotes",
        mkbibquote: "quotes",
        textmd: void 0,
        textrm: void 0,
        textsf: void 0,
        texttt: void 0,
        textup: void 0
      };
      var formatting = exports.formatting = {
        italics: ["<i>", "</i>"],
        bold: ["<b>", "</b>"],
        superscript: ["<sup>", "</sup>"],
        subscript: ["<sub>", "</sub>"],
        smallcaps: ['<span style="font-variant:small-caps;">', "</span>"],
        nocase: ['<span class="nocase">', "</span>"],
        quotes: ["\u201C", "\u201D"]
      };
      var argumentCommands = exports.argumentCommands = {
        ElsevierGlyph(glyph) {
          return String.fromCharCode(parseInt(glyph, 16));
        },
        href(url, text) {
          return url;
        },
        url(url) {
          return url;
        }
      };
      var ligaturePattern = exports.ligaturePattern = /---?|''|``|~/g;
      var ligatures = exports.ligatures = {
        "--": "\u2013",
        "---": "\u2014",
        "``": "\u201C",
        "''": "\u201D",
        "~": "\xA0"
      };
      var mathScriptFormatting = exports.mathScriptFormatting = {
        "^": "superscript",
        sp: "superscript",
        _: "subscript",
        sb: "subscript",
        mathrm: void 0
      };
      var mathScripts = exports.mathScripts = {
        "^": {
          "0": "\u2070",
          "1": "\xB9",
          "2": "\xB2",
          "3": "\xB3",
          "4": "\u2074",
          "5": "\u2075",
          "6": "\u2076",
          "7": "\u2077",
          "8": "\u2078",
          "9": "\u2079",
          "+": "\u207A",
          "-": "\u207B",
          "=": "\u207C",
          "(": "\u207D",
          ")": "\u207E",
          "i": "\u2071",
          "n": "\u207F"
        },
        "_": {
          "0": "\u2080",
          "1": "\u2081",
          "2": "\u2082",
          "3": "\u2083",
          "4": "\u2084",
          "5": "\u2085",
          "6": "\u2086",
          "7": "\u2087",
          "8": "\u2088",
          "9": "\u2089",
          "+": "\u208A",
          "-": "\u208B",
          "=": "\u208C",
          "(": "\u208D",
          ")": "\u208E",
          "a": "\u2090",
          "e": "\u2091",
          "o": "\u2092",
          "x": "\u2093",
          "\u0259": "\u2094",
          "h": "\u2095",
          "k": "\u2096",
          "l": "\u2097",
          "m": "\u2098",
          "n": "\u2099",
          "s": "\u209A",
          "p": "\u209B",
          "t": "\u209C"
        }
      };
      var sentenceCaseLanguages = exports.sentenceCaseLanguages = ["american", "british", "canadian", "english", "australian", "newzealand", "usenglish", "ukenglish", "en", "eng", "en-au", "en-bz", "en-ca", "en-cb", "en-gb", "en-ie", "en-jm", "en-nz", "en-ph", "en-tt", "en-us", "en-za", "en-zw", "anglais"];
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/config.js
  var require_config2 = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/config.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var _biblatexTypes = _interopRequireDefault(require_biblatexTypes());
      var _bibtexTypes = _interopRequireDefault(require_bibtexTypes());
      var constants = _interopRequireWildcard(require_constants());
      function _interopRequireWildcard(e, t) {
        if ("function" == typeof WeakMap) var r = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakMap();
        return (_interopRequireWildcard = function(e2, t2) {
          if (!t2 && e2 && e2.__esModule) return e2;
          var o, i, f = { __proto__: null, default: e2 };
          if (null === e2 || "object" != typeof e2 && "function" != typeof e2) return f;
          if (o = t2 ? n : r) {
            if (o.has(e2)) return o.get(e2);
            o.set(e2, f);
          }
          for (const t3 in e2) "default" !== t3 && {}.hasOwnProperty.call(e2, t3) && ((i = (o = Object.defineProperty) && Object.getOwnPropertyDescriptor(e2, t3)) && (i.get || i.set) ? o(f, t3, i) : f[t3] = e2[t3]);
          return f;
        })(e, t);
      }
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var _default = exports.default = {
        constants,
        types: {
          biblatex: _biblatexTypes.default,
          bibtex: _bibtexTypes.default
        },
        parse: {
          biblatex: true,
          strict: false,
          sentenceCase: "never"
        },
        format: {
          useIdAsLabel: false,
          checkLabel: true,
          asciiOnly: true
        },
        biber: {
          annotationMarker: "+an",
          namedAnnotationMarker: ":"
        }
      };
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/input/file.js
  var require_file = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/input/file.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.bibtexGrammar = void 0;
      exports.parse = parse;
      var _core = require_lib2();
      var _moo = _interopRequireDefault(require_moo());
      var _config = _interopRequireDefault(require_config2());
      var _constants = require_constants();
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      function ownKeys(e, r) {
        var t = Object.keys(e);
        if (Object.getOwnPropertySymbols) {
          var o = Object.getOwnPropertySymbols(e);
          r && (o = o.filter(function(r2) {
            return Object.getOwnPropertyDescriptor(e, r2).enumerable;
          })), t.push.apply(t, o);
        }
        return t;
      }
      function _objectSpread(e) {
        for (var r = 1; r < arguments.length; r++) {
          var t = null != arguments[r] ? arguments[r] : {};
          r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
            _defineProperty(e, r2, t[r2]);
          }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
            Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
          });
        }
        return e;
      }
      function _defineProperty(e, r, t) {
        return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
      }
      function _toPropertyKey(t) {
        var i = _toPrimitive(t, "string");
        return "symbol" == typeof i ? i : i + "";
      }
      function _toPrimitive(t, r) {
        if ("object" != typeof t || !t) return t;
        var e = t[Symbol.toPrimitive];
        if (void 0 !== e) {
          var i = e.call(t, r || "default");
          if ("object" != typeof i) return i;
          throw new TypeError("@@toPrimitive must return a primitive value.");
        }
        return ("string" === r ? String : Number)(t);
      }
      var identifier = /[a-zA-Z_][a-zA-Z0-9_:+-]*/;
      var whitespace = {
        comment: /%.*/,
        whitespace: {
          match: /\s+/,
          lineBreaks: true
        }
      };
      var lexer = _moo.default.states({
        main: {
          junk: {
            match: /@[cC][oO][mM][mM][eE][nN][tT].+|[^@]+/,
            lineBreaks: true
          },
          at: {
            match: "@",
            push: "entry"
          }
        },
        entry: _objectSpread(_objectSpread({}, whitespace), {}, {
          otherEntryType: {
            match: /[sS][tT][rR][iI][nN][gG]|[pP][rR][eE][aA][mM][bB][lL][eE]/,
            next: "otherEntryContents"
          },
          dataEntryType: {
            match: identifier,
            next: "dataEntryContents"
          }
        }),
        otherEntryContents: _objectSpread(_objectSpread({}, whitespace), {}, {
          lbrace: {
            match: /[{(]/,
            next: "fields"
          }
        }),
        dataEntryContents: _objectSpread(_objectSpread({}, whitespace), {}, {
          lbrace: {
            match: /[{(]/,
            next: "dataEntryContents"
          },
          label: /[^,\s]+/,
          comma: {
            match: ",",
            next: "fields"
          }
        }),
        fields: _objectSpread(_objectSpread({}, whitespace), {}, {
          identifier,
          number: /-?\d+/,
          hash: "#",
          equals: "=",
          comma: ",",
          quote: {
            match: '"',
            push: "quotedLiteral"
          },
          lbrace: {
            match: "{",
            push: "bracedLiteral"
          },
          rbrace: {
            match: /[})]/,
            pop: true
          }
        }),
        quotedLiteral: {
          lbrace: {
            match: "{",
            push: "bracedLiteral"
          },
          quote: {
            match: '"',
            pop: true
          },
          text: {
            match: /(?:\\[\\{]|[^{"])+/,
            lineBreaks: true
          }
        },
        bracedLiteral: {
          lbrace: {
            match: "{",
            push: "bracedLiteral"
          },
          rbrace: {
            match: "}",
            pop: true
          },
          text: {
            match: /(?:\\[\\{}]|[^{}])+/,
            lineBreaks: true
          }
        }
      });
      var delimiters = {
        "(": ")",
        "{": "}"
      };
      var bibtexGrammar = exports.bibtexGrammar = new _core.util.Grammar({
        Main() {
          const entries = [];
          while (true) {
            while (this.matchToken("junk")) {
              this.consumeToken("junk");
            }
            if (this.matchEndOfFile()) {
              break;
            }
            entries.push(this.consumeRule("Entry"));
          }
          return entries.filter(Boolean);
        },
        _() {
          let oldToken;
          while (oldToken !== this.token) {
            oldToken = this.token;
            this.consumeToken("whitespace", true);
            this.consumeToken("comment", true);
          }
        },
        Entry() {
          this.consumeToken("at");
          this.consumeRule("_");
          const type = (this.matchToken("otherEntryType") ? this.consumeToken("otherEntryType") : this.consumeToken("dataEntryType")).value.toLowerCase();
          this.consumeRule("_");
          const openBrace = this.consumeToken("lbrace").value;
          this.consumeRule("_");
          let result;
          if (type === "string") {
            const [key, value] = this.consumeRule("Field");
            this.state.strings[key] = value;
          } else if (type === "preamble") {
            this.consumeRule("Expression");
          } else {
            const label = this.consumeToken("label").value;
            this.consumeRule("_");
            this.consumeToken("comma");
            this.consumeRule("_");
            const entryBody = this.consumeRule("EntryBody");
            result = _objectSpread({
              type,
              label
            }, entryBody);
          }
          this.consumeRule("_");
          const closeBrace = this.consumeToken("rbrace").value;
          if (closeBrace !== delimiters[openBrace]) {
            _core.logger.warn("[plugin-bibtex]", `entry started with "${openBrace}", but ends with "${closeBrace}"`);
          }
          return result;
        },
        EntryBody() {
          const output = {
            properties: {}
          };
          while (this.matchToken("identifier")) {
            const [field, value] = this.consumeRule("Field");
            let annotationField;
            let annotationName = "default";
            if (field.endsWith(_config.default.biber.annotationMarker)) {
              annotationField = field.slice(0, -_config.default.biber.annotationMarker.length);
            } else if (field.includes(_config.default.biber.annotationMarker + _config.default.biber.namedAnnotationMarker)) {
              [annotationField, annotationName] = field.split(_config.default.biber.annotationMarker + _config.default.biber.namedAnnotationMarker);
            }
            if (annotationField) {
              if (!output.annotations) {
                output.annotations = {};
              }
              if (!output.annotations[annotationField]) {
                output.annotations[annotationField] = {};
              }
              output.annotations[annotationField][annotationName] = value;
            } else {
              output.properties[field] = value;
            }
            this.consumeRule("_");
            if (this.consumeToken("comma", true)) {
              this.consumeRule("_");
            } else {
              break;
            }
          }
          return output;
        },
        Field() {
          const field = this.consumeToken("identifier").value.toLowerCase();
          this.consumeRule("_");
          this.consumeToken("equals");
          this.consumeRule("_");
          const value = this.consumeRule("Expression");
          return [field, value];
        },
        Expression() {
          let output = this.consumeRule("ExpressionPart");
          this.consumeRule("_");
          while (this.matchToken("hash")) {
            this.consumeToken("hash");
            this.consumeRule("_");
            output += this.consumeRule("ExpressionPart").toString();
            this.consumeRule("_");
          }
          return output;
        },
        ExpressionPart() {
          if (this.matchToken("identifier")) {
            return this.state.strings[this.consumeToken("identifier").value.toLowerCase()] || "";
          } else if (this.matchToken("number")) {
            return parseInt(this.consumeToken("number"));
          } else if (this.matchToken("quote")) {
            return this.consumeRule("QuoteString");
          } else {
            return this.consumeRule("BracketString");
          }
        },
        QuoteString() {
          let output = "";
          this.consumeToken("quote");
          while (!this.matchToken("quote")) {
            output += this.consumeRule("Text");
          }
          this.consumeToken("quote");
          return output;
        },
        BracketString() {
          let output = "";
          this.consumeToken("lbrace");
          while (!this.matchToken("rbrace")) {
            output += this.consumeRule("Text");
          }
          this.consumeToken("rbrace");
          return output;
        },
        Text() {
          if (this.matchToken("lbrace")) {
            return `{${this.consumeRule("BracketString")}}`;
          } else {
            return this.consumeToken("text").value;
          }
        }
      }, {
        strings: _constants.defaultStrings
      });
      function parse(text) {
        return bibtexGrammar.parse(lexer.reset(text));
      }
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/input/bibtxt.js
  var require_bibtxt = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/input/bibtxt.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.textEntry = exports.text = exports.parse = void 0;
      var bibTxtRegex = {
        splitEntries: /\n\s*(?=\[)/g,
        parseEntry: /^\[(.+?)\]\s*(?:\n([\s\S]+))?$/,
        splitPairs: /((?=.)\s)*\n\s*/g,
        splitPair: /:(.*)/
      };
      var parseBibTxtEntry = (entry) => {
        const [, label, pairs] = entry.match(bibTxtRegex.parseEntry) || [];
        if (!label || !pairs) {
          return {};
        } else {
          const out = {
            type: "book",
            label,
            properties: {}
          };
          pairs.trim().split(bibTxtRegex.splitPairs).filter((v) => v).forEach((pair) => {
            let [key, value] = pair.split(bibTxtRegex.splitPair);
            if (value) {
              key = key.trim();
              value = value.trim();
              if (key === "type") {
                out.type = value;
              } else {
                out.properties[key] = value;
              }
            }
          });
          return out;
        }
      };
      exports.textEntry = parseBibTxtEntry;
      var parseBibTxt = (src) => src.trim().split(bibTxtRegex.splitEntries).map(parseBibTxtEntry);
      exports.text = exports.parse = parseBibTxt;
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/mapping/shared.js
  var require_shared = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/mapping/shared.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.TYPE_KEYS = exports.TYPE = exports.STANDARD_NUMBERS_PATTERN = exports.MONTHS = exports.LABEL = exports.Converters = void 0;
      exports.formatLabel = formatLabel;
      exports.parseDate = parseDate;
      exports.parseMonth = parseMonth;
      var _core = require_lib2();
      var _config = _interopRequireDefault(require_config2());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var stopWords = /* @__PURE__ */ new Set(["the", "a", "an"]);
      var unsafeChars = /(?:<\/?.*?>|[\u0020-\u002F\u003A-\u0040\u005B-\u005E\u0060\u007B-\u007F])+/g;
      var unicode = /[^\u0020-\u007F]+/g;
      function isLabelSafe(text) {
        return !_config.default.format.checkLabel || !text.match(unsafeChars);
      }
      function formatLabelFromId(id) {
        if (id === null) {
          return "null";
        } else if (id === void 0) {
          return "undefined";
        } else if (_config.default.format.checkLabel) {
          return id.toString().replace(unsafeChars, "");
        } else {
          return id.toString();
        }
      }
      function firstWord(text) {
        if (!text) {
          return "";
        } else {
          return text.normalize("NFKD").replace(unicode, "").split(unsafeChars).find((word) => word.length && !stopWords.has(word.toLowerCase()));
        }
      }
      var name = new _core.util.Translator([{
        source: "given",
        target: "given"
      }, {
        source: "family",
        target: "family"
      }, {
        source: "suffix",
        target: "suffix"
      }, {
        source: "prefix",
        target: "non-dropping-particle"
      }, {
        source: "family",
        target: "literal",
        when: {
          source: false,
          target: {
            family: false,
            given: false
          }
        }
      }]);
      var months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
      var TYPE = exports.TYPE = "BibTeX type";
      var LABEL = exports.LABEL = "BibTeX label";
      var MONTHS = exports.MONTHS = {
        jan: 1,
        feb: 2,
        mar: 3,
        apr: 4,
        may: 5,
        jun: 6,
        jul: 7,
        aug: 8,
        sep: 9,
        oct: 10,
        nov: 11,
        dec: 12,
        january: 1,
        february: 2,
        march: 3,
        april: 4,
        may: 5,
        june: 6,
        july: 7,
        august: 8,
        september: 9,
        october: 10,
        november: 11,
        december: 12,
        sept: 9
      };
      var TYPE_KEYS = exports.TYPE_KEYS = {
        bathesis: "Bachelor's thesis",
        mathesis: "Master's thesis",
        phdthesis: "PhD thesis",
        candthesis: "Candidate thesis",
        techreport: "technical report",
        resreport: "research report",
        software: "computer software",
        datacd: "data cd",
        audiocd: "audio cd",
        patent: "patent",
        patentde: "German patent",
        patenteu: "European patent",
        patentfr: "French patent",
        patentuk: "British patent",
        patentus: "U.S. patent",
        patreq: "patent request",
        patreqde: "German patent request",
        patreqeu: "European patent request",
        patreqfr: "French patent request",
        patrequk: "British patent request",
        patrequs: "U.S. patent request"
      };
      var STANDARD_NUMBERS_PATTERN = exports.STANDARD_NUMBERS_PATTERN = /(^(?:ISAN )?(?:[0-9a-f]{4}-){4}[0-9a-z](?:-(?:[0-9a-f]{4}-){2}[0-9a-z])?$)|(^(?:979-?0-?|M-?)(?:\d{9}|(?=[\d-]{11}$)\d+-\d+-\d)$)|(^ISRN .{1,36}$)|(^(?:ISWC )?T-?\d{9}-?\d$)/i;
      function parseDate(date) {
        const parts = date.split("T")[0].replace(/[?~%]$/, "").split("-");
        const year = +parts[0].replace(/^Y(?=-?\d{4}\d+)/, "").replace(/X/g, "0");
        const month = +parts[1];
        const day = +parts[2];
        if (!month || month > 20) {
          return [year];
        } else if (!day) {
          return [year, month];
        } else {
          return [year, month, day];
        }
      }
      function parseMonth(value) {
        if (value == null) {
          return [];
        }
        if (+value) {
          return [parseInt(value, 10)];
        }
        value = value.trim().toLowerCase();
        if (value in MONTHS) {
          return [MONTHS[value]];
        }
        const parts = value.split(/\s+/);
        let month;
        let day;
        if (parts[0] in MONTHS) {
          month = MONTHS[parts[0]];
          day = parseInt(parts[1]);
        } else if (parts[1] in MONTHS) {
          month = MONTHS[parts[1]];
          day = parseInt(parts[0]);
        }
        return day ? [month, day] : month ? [month] : [];
      }
      function formatLabel(author, issued, suffix, title) {
        let label = "";
        if (author && author[0]) {
          label += firstWord(author[0].family || author[0].literal);
        }
        if (issued && issued["date-parts"] && issued["date-parts"][0]) {
          label += issued["date-parts"][0][0];
        }
        if (suffix) {
          label += suffix;
        } else if (title) {
          label += firstWord(title);
        }
        return label;
      }
      var Converters = exports.Converters = {
        PICK: {
          toTarget(...args) {
            return args.find(Boolean);
          },
          toSource(value) {
            return [value];
          }
        },
        DATE: {
          toTarget(date) {
            const parts = date.split("/").map((part) => part && part !== ".." ? parseDate(part) : void 0);
            return isNaN(parts[0][0]) ? {
              literal: date
            } : {
              "date-parts": parts
            };
          },
          toSource(date) {
            if ("date-parts" in date) {
              return date["date-parts"].map((datePart) => datePart.map((datePart2) => datePart2.toString().padStart(2, "0")).join("-")).join("/");
            }
          }
        },
        YEAR_MONTH: {
          toTarget(year, month, day) {
            if (isNaN(+year)) {
              return {
                literal: year
              };
            } else if (!isNaN(+day) && !isNaN(+month)) {
              return {
                "date-parts": [[+year, +month, +day]]
              };
            } else {
              return {
                "date-parts": [[+year, ...parseMonth(month)]]
              };
            }
          },
          toSource(date) {
            if ("date-parts" in date) {
              const [year, month, day] = date["date-parts"][0];
              return [year.toString(), month ? day ? `${months[month - 1]} ${day}` : month : void 0];
            } else {
              return [];
            }
          }
        },
        EPRINT: {
          toTarget(id, type) {
            if (type === "pubmed") {
              return id;
            }
          },
          toSource(id) {
            return [id, "pubmed"];
          }
        },
        EVENT_TITLE: {
          toTarget(title, addon) {
            if (addon) {
              title += " (" + addon + ")";
            }
            return title;
          },
          toSource(title) {
            return title.match(/^(.+)(?: \((.+)\))?$/).slice(1, 3);
          }
        },
        HOW_PUBLISHED: {
          toTarget(howPublished) {
            if (howPublished.startsWith("http")) {
              return howPublished;
            }
          }
        },
        KEYWORDS: {
          toTarget(list) {
            return list.join(",");
          },
          toSource(list) {
            return list.split(",");
          }
        },
        LABEL: {
          toTarget(label) {
            return [label, label];
          },
          toSource(id, label, author, issued, suffix, title) {
            if (label && isLabelSafe(label)) {
              return label;
            } else if (_config.default.format.useIdAsLabel) {
              return formatLabelFromId(id);
            } else {
              return formatLabel(author, issued, suffix, title) || formatLabelFromId(id);
            }
          }
        },
        NAMES: {
          toTarget(list) {
            return list.map(name.convertToTarget);
          },
          toSource(list) {
            return list.map(name.convertToSource);
          }
        },
        NAMES_ORCID: {
          toTarget(list, orcid) {
            return list.map((inputName, i) => {
              var _orcid$item;
              const outputName = name.convertToTarget(inputName);
              if (typeof (orcid === null || orcid === void 0 || (_orcid$item = orcid.item) === null || _orcid$item === void 0 ? void 0 : _orcid$item[i]) === "string") {
                outputName._orcid = orcid.item[i];
              }
              return outputName;
            });
          },
          toSource(list) {
            const names = [];
            const orcid = [];
            for (let i = 0; i < list.length; i++) {
              names.push(name.convertToSource(list[i]));
              if (list[i]._orcid) {
                orcid[i] = list[i]._orcid;
              }
            }
            return [names, orcid.length ? {
              item: orcid
            } : void 0];
          }
        },
        PAGES: {
          toTarget(pages) {
            return pages.replace(/[–—]/, "-");
          },
          toSource(pages) {
            return pages.replace("-", "--");
          }
        },
        STANDARD_NUMBERS: {
          toTarget(...args) {
            return args.find(Boolean);
          },
          toSource(number) {
            const match = number.toString().match(STANDARD_NUMBERS_PATTERN);
            return match ? match.slice(1, 5) : [];
          }
        },
        STATUS: {
          toSource(state) {
            if (/^(inpreparation|submitted|forthcoming|inpress|prepublished)$/i.test(state)) {
              return state;
            }
          }
        },
        TITLE: {
          toTarget(title, subtitle, addon) {
            if (subtitle) {
              title += ": " + subtitle;
            }
            return title;
          },
          toSource(title) {
            return [title];
          }
        }
      };
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/mapping/biblatex.js
  var require_biblatex = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/mapping/biblatex.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var _core = require_lib2();
      var _date = require_lib3();
      var _biblatexTypes = _interopRequireDefault(require_biblatexTypes());
      var _shared = require_shared();
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var nonSpec = [{
        source: "note",
        target: "accessed",
        when: {
          source: false,
          target: {
            note: false,
            addendum: false
          }
        },
        convert: {
          toSource(accessed) {
            return `[Online; accessed ${(0, _date.format)(accessed)}]`;
          }
        }
      }, {
        source: "numpages",
        target: "number-of-pages",
        when: {
          source: {
            pagetotal: false
          },
          target: false
        }
      }, {
        source: "pmid",
        target: "PMID",
        when: {
          source: {
            eprinttype(type) {
              return type !== "pmid";
            },
            archiveprefix(type) {
              return type !== "pmid";
            }
          },
          target: false
        }
      }, {
        source: "pmcid",
        target: "PMCID",
        when: {
          target: false
        }
      }, {
        source: "s2id",
        target: "custom",
        convert: {
          toTarget(S2ID) {
            return {
              S2ID
            };
          },
          toSource({
            S2ID
          }) {
            return S2ID;
          }
        }
      }];
      var aliases = [{
        source: "annote",
        target: "annote",
        when: {
          source: {
            annotation: false
          },
          target: false
        }
      }, {
        source: "address",
        target: "publisher-place",
        convert: _shared.Converters.PICK,
        when: {
          source: {
            location: false
          },
          target: false
        }
      }, {
        source: ["eprint", "archiveprefix"],
        target: "PMID",
        convert: _shared.Converters.EPRINT,
        when: {
          source: {
            eprinttype: false
          },
          target: false
        }
      }, {
        source: "journal",
        target: "container-title",
        when: {
          source: {
            maintitle: false,
            booktitle: false,
            journaltitle: false
          },
          target: false
        }
      }, {
        source: "school",
        target: "publisher",
        convert: _shared.Converters.PICK,
        when: {
          source: {
            institution: false,
            organization: false,
            publisher: false
          },
          target: false
        }
      }];
      var _default = exports.default = new _core.util.Translator([...aliases, ...nonSpec, {
        source: "abstract",
        target: "abstract"
      }, {
        source: "urldate",
        target: "accessed",
        convert: _shared.Converters.DATE
      }, {
        source: "annotation",
        target: "annote"
      }, {
        source: ["author", "author+an:orcid"],
        target: "author",
        convert: _shared.Converters.NAMES_ORCID
      }, {
        source: "library",
        target: "call-number"
      }, {
        source: "chapter",
        target: "chapter-number"
      }, {
        source: "bookauthor",
        target: "container-author",
        convert: _shared.Converters.NAMES
      }, {
        source: ["maintitle", "mainsubtitle", "maintitleaddon"],
        target: "container-title",
        when: {
          source: true,
          target: {
            "number-of-volumes": true
          }
        },
        convert: _shared.Converters.TITLE
      }, {
        source: ["booktitle", "booksubtitle", "booktitleaddon"],
        target: "container-title",
        when: {
          source: {
            maintitle: false
          },
          target: {
            "number-of-volumes": false,
            type(type) {
              return !type || !type.startsWith("article");
            }
          }
        },
        convert: _shared.Converters.TITLE
      }, {
        source: ["journaltitle", "journalsubtitle", "journaltitleaddon"],
        target: "container-title",
        when: {
          source: {
            [_shared.TYPE]: "article"
          },
          target: {
            type: ["article", "article-newspaper", "article-journal", "article-magazine"]
          }
        },
        convert: _shared.Converters.TITLE
      }, {
        source: "shortjournal",
        target: "container-title-short",
        when: {
          source: {
            [_shared.TYPE]: "article"
          },
          target: {
            type: ["article", "article-newspaper", "article-journal", "article-magazine"]
          }
        }
      }, {
        source: "shortjournal",
        target: "journalAbbreviation",
        when: {
          source: false,
          target: {
            "container-title-short": false
          }
        }
      }, {
        source: "number",
        target: "collection-number",
        when: {
          source: {
            [_shared.TYPE]: ["book", "mvbook", "inbook", "bookinbook", "suppbook", "collection", "mvcollection", "incollection", "suppcollection", "manual", "suppperiodical", "proceedings", "mvproceedings", "refererence"]
          },
          target: {
            type: ["bill", "book", "broadcast", "chapter", "dataset", "entry", "entry-dictionary", "entry-encyclopedia", "figure", "graphic", "interview", "legislation", "legal_case", "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "post", "post-weblog", "personal_communication", "review", "review-book", "song", "speech", "thesis", "treaty", "webpage"]
          }
        }
      }, {
        source: "series",
        target: "collection-title"
      }, {
        source: "shortseries",
        target: "collection-title-short"
      }, {
        source: "doi",
        target: "DOI"
      }, {
        source: "edition",
        target: "edition"
      }, {
        source: "editor",
        target: "editor",
        convert: _shared.Converters.NAMES
      }, {
        source: [_shared.TYPE, "entrysubtype", "type"],
        target: ["type", "genre"],
        convert: {
          toTarget(type, subtype, typeKey) {
            if (!typeKey) {
              if (type === "mastersthesis") {
                typeKey = "mathesis";
              }
              if (type === "phdthesis") {
                typeKey = "phdthesis";
              }
              if (type === "techreport") {
                typeKey = "techreport";
              }
            }
            return [_biblatexTypes.default.source[type] || "document", typeKey || subtype];
          },
          toSource(type, genre) {
            const sourceType = _biblatexTypes.default.target[type] || "misc";
            return genre in _shared.TYPE_KEYS ? [sourceType, void 0, genre] : [sourceType, genre];
          }
        }
      }, {
        source: _shared.TYPE,
        when: {
          target: {
            type: false
          }
        },
        convert: {
          toSource() {
            return "misc";
          }
        }
      }, {
        source: "eventdate",
        target: "event-date",
        convert: _shared.Converters.DATE
      }, {
        source: "venue",
        target: "event-place"
      }, {
        source: ["eventtitle", "eventtitleaddon"],
        target: "event-title",
        convert: _shared.Converters.EVENT_TITLE
      }, {
        source: ["eventtitle", "eventtitleaddon"],
        target: "event",
        convert: _shared.Converters.EVENT_TITLE,
        when: {
          source: false,
          target: {
            "event-title": false
          }
        }
      }, {
        source: _shared.LABEL,
        target: ["id", "citation-key", "author", "issued", "year-suffix", "title"],
        convert: _shared.Converters.LABEL
      }, {
        source: "isbn",
        target: "ISBN"
      }, {
        source: "issn",
        target: "ISSN"
      }, {
        source: "issue",
        target: "issue",
        when: {
          source: {
            number: false,
            [_shared.TYPE]: ["article", "periodical"]
          },
          target: {
            issue(issue) {
              return typeof issue === "string" && !issue.match(/\d+/);
            },
            type: ["article", "article-journal", "article-newspaper", "article-magazine", "periodical"]
          }
        }
      }, {
        source: "number",
        target: "issue",
        when: {
          source: {
            [_shared.TYPE]: ["article", "periodical", "inproceedings"]
          },
          target: {
            issue(issue) {
              return issue && (typeof issue === "number" || issue.match(/\d+/));
            },
            type: ["article", "article-journal", "article-newspaper", "article-magazine", "paper-conference", "periodical"]
          }
        }
      }, {
        source: "date",
        target: "issued",
        convert: _shared.Converters.DATE
      }, {
        source: ["year", "month", "day"],
        target: "issued",
        convert: _shared.Converters.YEAR_MONTH,
        when: {
          source: {
            date: false
          },
          target: false
        }
      }, {
        source: "location",
        target: "jurisdiction",
        when: {
          source: {
            type: "patent"
          },
          target: {
            type: "patent"
          }
        }
      }, {
        source: "keywords",
        target: "keyword",
        convert: _shared.Converters.KEYWORDS
      }, {
        source: "language",
        target: "language",
        convert: _shared.Converters.PICK
      }, {
        source: "langid",
        target: "language",
        when: {
          source: {
            language: false
          },
          target: false
        }
      }, {
        source: "note",
        target: "note"
      }, {
        source: "addendum",
        target: "note",
        when: {
          source: {
            note: false
          },
          target: false
        }
      }, {
        source: "eid",
        target: "number",
        when: {
          target: {
            type: ["article-journal"]
          }
        }
      }, {
        source: ["isan", "ismn", "isrn", "iswc"],
        target: "number",
        convert: _shared.Converters.STANDARD_NUMBERS,
        when: {
          source: {
            [_shared.TYPE](type) {
              return type !== "patent";
            }
          },
          target: {
            type(type) {
              return type !== "patent";
            }
          }
        }
      }, {
        source: "number",
        target: "number",
        when: {
          source: {
            [_shared.TYPE]: ["patent", "report", "techreport", "legislation"]
          },
          target: {
            type: ["patent", "report", "legislation"]
          }
        }
      }, {
        source: "origdate",
        target: "original-date",
        convert: _shared.Converters.DATE
      }, {
        source: "origlocation",
        target: "original-publisher-place",
        convert: _shared.Converters.PICK
      }, {
        source: "origpublisher",
        target: "original-publisher",
        convert: _shared.Converters.PICK
      }, {
        source: "origtitle",
        target: "original-title"
      }, {
        source: "pages",
        target: "page",
        when: {
          source: {
            bookpagination: [void 0, "page"]
          }
        },
        convert: _shared.Converters.PAGES
      }, {
        source: "pagetotal",
        target: "number-of-pages"
      }, {
        source: "part",
        target: "part-number"
      }, {
        source: ["eprint", "eprinttype"],
        target: "PMID",
        convert: _shared.Converters.EPRINT
      }, {
        source: "location",
        target: "publisher-place",
        convert: _shared.Converters.PICK
      }, {
        source: "publisher",
        target: "publisher",
        convert: _shared.Converters.PICK,
        when: {
          source: true,
          target: {
            type: ["article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "patent", "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation", "review", "review-book", "software", "song", "speech", "standard", "treaty"]
          }
        }
      }, {
        source: "organization",
        target: "publisher",
        convert: _shared.Converters.PICK,
        when: {
          source: {
            publisher: false
          },
          target: {
            type: ["paper-conference", "webpage"]
          }
        }
      }, {
        source: "institution",
        target: "publisher",
        convert: _shared.Converters.PICK,
        when: {
          source: {
            publisher: false,
            organization: false
          },
          target: {
            type: ["report", "thesis"]
          }
        }
      }, {
        source: "howpublished",
        target: "publisher",
        convert: _shared.Converters.PICK,
        when: {
          source: {
            howpublished(howPublished) {
              return howPublished && !howPublished.startsWith("http");
            },
            publisher: false,
            organization: false,
            institution: false
          },
          target: {
            type: "manuscript"
          }
        }
      }, {
        source: ["pages", "bookpagination"],
        target: "section",
        when: {
          source: {
            bookpagination: "section"
          },
          target: {
            page: false
          }
        },
        convert: {
          toTarget(section) {
            return section;
          },
          toSource(section) {
            return [section, "section"];
          }
        }
      }, {
        source: "pubstate",
        target: "status",
        convert: _shared.Converters.STATUS
      }, {
        source: "shorttitle",
        target: "title-short"
      }, {
        source: "shorttitle",
        target: "shortTitle",
        when: {
          source: false,
          target: {
            "title-short": false
          }
        }
      }, {
        source: ["title", "subtitle", "titleaddon"],
        target: "title",
        convert: _shared.Converters.TITLE
      }, {
        source: "translator",
        target: "translator",
        convert: _shared.Converters.NAMES
      }, {
        source: "url",
        target: "URL"
      }, {
        source: "howpublished",
        target: "URL",
        convert: _shared.Converters.HOW_PUBLISHED,
        when: {
          source: {
            url: false
          },
          target: false
        }
      }, {
        source: "version",
        target: "version"
      }, {
        source: "volume",
        target: "volume"
      }, {
        source: "volumes",
        target: "number-of-volumes"
      }, {
        source: ["issuetitle", "issuesubtitle", "issuetitleaddon"],
        target: "volume-title",
        convert: _shared.Converters.TITLE
      }]);
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/mapping/bibtex.js
  var require_bibtex = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/mapping/bibtex.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var _core = require_lib2();
      var _date = require_lib3();
      var _bibtexTypes = _interopRequireDefault(require_bibtexTypes());
      var _shared = require_shared();
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var _default = exports.default = new _core.util.Translator([{
        source: "note",
        target: "accessed",
        when: {
          source: false,
          target: {
            note: false
          }
        },
        convert: {
          toSource(accessed) {
            return `[Online; accessed ${(0, _date.format)(accessed)}]`;
          }
        }
      }, {
        source: "annote",
        target: "annote"
      }, {
        source: "address",
        target: "publisher-place",
        convert: _shared.Converters.PICK
      }, {
        source: "author",
        target: "author",
        convert: _shared.Converters.NAMES
      }, {
        source: "chapter",
        target: "chapter-number"
      }, {
        source: "number",
        target: "collection-number",
        when: {
          source: {
            [_shared.TYPE]: ["book", "mvbook", "inbook", "collection", "mvcollection", "incollection", "suppcollection", "manual", "suppperiodical", "proceedings", "mvproceedings", "refererence"]
          },
          target: {
            type: ["bill", "book", "broadcast", "chapter", "dataset", "entry", "entry-dictionary", "entry-encyclopedia", "figure", "graphic", "interview", "legislation", "legal_case", "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "post", "post-weblog", "personal_communication", "review", "review-book", "song", "speech", "thesis", "treaty", "webpage"]
          }
        }
      }, {
        source: "series",
        target: "collection-title"
      }, {
        source: "booktitle",
        target: "container-title",
        when: {
          target: {
            type: ["chapter", "paper-conference"]
          }
        }
      }, {
        source: "journal",
        target: "container-title",
        when: {
          source: {
            [_shared.TYPE]: "article"
          },
          target: {
            type: ["article", "article-newspaper", "article-journal", "article-magazine"]
          }
        }
      }, {
        source: "doi",
        target: "DOI"
      }, {
        source: "edition",
        target: "edition"
      }, {
        source: "editor",
        target: "editor",
        convert: _shared.Converters.NAMES
      }, {
        source: _shared.LABEL,
        target: ["id", "citation-key", "author", "issued", "year-suffix", "title"],
        convert: _shared.Converters.LABEL
      }, {
        source: "isbn",
        target: "ISBN"
      }, {
        source: "issn",
        target: "ISSN"
      }, {
        source: "number",
        target: "issue",
        when: {
          source: {
            [_shared.TYPE]: ["article", "periodical", "inproceedings"]
          },
          target: {
            issue(issue) {
              return typeof issue === "number" || typeof issue === "string" && issue.match(/\d+/);
            },
            type: ["article", "article-journal", "article-newspaper", "article-magazine", "paper-conference", "periodical"]
          }
        }
      }, {
        source: ["year", "month", "day"],
        target: "issued",
        convert: _shared.Converters.YEAR_MONTH
      }, {
        source: "note",
        target: "note"
      }, {
        source: "number",
        target: "number",
        when: {
          source: {
            [_shared.TYPE]: ["patent", "report", "techreport"]
          },
          target: {
            type: ["patent", "report"]
          }
        }
      }, {
        source: "eid",
        target: "number",
        when: {
          source: {
            number: false
          },
          target: {
            type: ["article-journal"]
          }
        }
      }, {
        source: "pages",
        target: "page",
        convert: _shared.Converters.PAGES
      }, {
        source: "publisher",
        target: "publisher",
        convert: _shared.Converters.PICK,
        when: {
          target: {
            type: ["article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "map", "motion_picture", "musical_score", "pamphlet", "patent", "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation", "review", "review-book", "software", "song", "speech", "standard", "treaty", "webpage"]
          }
        }
      }, {
        source: "organization",
        target: "publisher",
        convert: _shared.Converters.PICK,
        when: {
          source: {
            publisher: false
          },
          target: {
            type: "paper-conference"
          }
        }
      }, {
        source: "institution",
        target: "publisher",
        convert: _shared.Converters.PICK,
        when: {
          source: {
            publisher: false,
            organization: false
          },
          target: {
            type: "report"
          }
        }
      }, {
        source: "school",
        target: "publisher",
        convert: _shared.Converters.PICK,
        when: {
          source: {
            institution: false,
            organization: false,
            publisher: false
          },
          target: {
            type: "thesis"
          }
        }
      }, {
        source: "howpublished",
        target: "publisher",
        convert: _shared.Converters.PICK,
        when: {
          source: {
            howpublished(howPublished) {
              return howPublished && !howPublished.startsWith("http");
            },
            publisher: false,
            organization: false,
            institution: false,
            school: false
          },
          target: {
            type: "manuscript"
          }
        }
      }, {
        source: "title",
        target: "title"
      }, {
        source: [_shared.TYPE, "type"],
        target: ["type", "genre"],
        convert: {
          toTarget(sourceType, subType) {
            const type = _bibtexTypes.default.source[sourceType] || "document";
            if (subType) {
              return [type, subType];
            } else if (sourceType === "mastersthesis") {
              return [type, "Master's thesis"];
            } else if (sourceType === "phdthesis") {
              return [type, "PhD thesis"];
            } else {
              return [type];
            }
          },
          toSource(targetType, genre) {
            const type = _bibtexTypes.default.target[targetType] || "misc";
            if (/^(master'?s|diploma) thesis$/i.test(genre)) {
              return ["mastersthesis"];
            } else if (/^(phd|doctoral) thesis$/i.test(genre)) {
              return ["phdthesis"];
            } else {
              return [type, genre];
            }
          }
        }
      }, {
        source: _shared.TYPE,
        when: {
          target: {
            type: false
          }
        },
        convert: {
          toSource() {
            return "misc";
          }
        }
      }, {
        source: "url",
        target: "URL"
      }, {
        source: "howpublished",
        target: "URL",
        convert: _shared.Converters.HOW_PUBLISHED,
        when: {
          target: {
            publisher: false
          }
        }
      }, {
        source: "volume",
        target: "volume"
      }]);
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/mapping/crossref.js
  var require_crossref = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/mapping/crossref.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.crossref = crossref;
      function ownKeys(e, r) {
        var t = Object.keys(e);
        if (Object.getOwnPropertySymbols) {
          var o = Object.getOwnPropertySymbols(e);
          r && (o = o.filter(function(r2) {
            return Object.getOwnPropertyDescriptor(e, r2).enumerable;
          })), t.push.apply(t, o);
        }
        return t;
      }
      function _objectSpread(e) {
        for (var r = 1; r < arguments.length; r++) {
          var t = null != arguments[r] ? arguments[r] : {};
          r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
            _defineProperty(e, r2, t[r2]);
          }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
            Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
          });
        }
        return e;
      }
      function _defineProperty(e, r, t) {
        return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
      }
      function _toPropertyKey(t) {
        var i = _toPrimitive(t, "string");
        return "symbol" == typeof i ? i : i + "";
      }
      function _toPrimitive(t, r) {
        if ("object" != typeof t || !t) return t;
        var e = t[Symbol.toPrimitive];
        if (void 0 !== e) {
          var i = e.call(t, r || "default");
          if ("object" != typeof i) return i;
          throw new TypeError("@@toPrimitive must return a primitive value.");
        }
        return ("string" === r ? String : Number)(t);
      }
      var BOOK = /* @__PURE__ */ new Set(["book", "inbook", "bookinbook", "suppbook"]);
      var BOOK_PART = /* @__PURE__ */ new Set(["inbook", "bookinbook", "suppbook"]);
      var COLLECTION = /* @__PURE__ */ new Set(["collection", "reference", "incollection", "inreference", "suppcollection"]);
      var COLLECTION_PART = /* @__PURE__ */ new Set(["incollection", "inreference", "suppcollection"]);
      var PROCEEDINGS = /* @__PURE__ */ new Set(["proceedings", "inproceedings"]);
      var PROCEEDINGS_PART = /* @__PURE__ */ new Set(["inproceedings"]);
      var PERIODICAL_PART = /* @__PURE__ */ new Set(["article", "suppperiodical"]);
      var TITLE_MAP = {
        mvbook: ["main", BOOK],
        mvcollection: ["main", COLLECTION],
        mvreference: ["main", COLLECTION],
        mvproceedings: ["main", PROCEEDINGS],
        book: ["book", BOOK_PART],
        collection: ["book", COLLECTION_PART],
        reference: ["book", COLLECTION_PART],
        proceedings: ["book", PROCEEDINGS_PART],
        periodical: ["journal", PERIODICAL_PART]
      };
      function crossref(target, entry, registry) {
        if (entry.crossref in registry) {
          const parent = registry[entry.crossref];
          if (parent.properties === entry) {
            return entry;
          }
          const data = _objectSpread({}, crossref(parent.type, parent.properties, registry));
          delete data.ids;
          delete data.crossref;
          delete data.xref;
          delete data.entryset;
          delete data.entrysubtype;
          delete data.execute;
          delete data.label;
          delete data.options;
          delete data.presort;
          delete data.related;
          delete data.relatedoptions;
          delete data.relatedstring;
          delete data.relatedtype;
          delete data.shortand;
          delete data.shortandintro;
          delete data.sortkey;
          if ((parent.type === "mvbook" || parent.type === "book") && BOOK_PART.has(target)) {
            data.bookauthor = data.author;
          }
          if (parent.type in TITLE_MAP) {
            const [prefix, targets] = TITLE_MAP[parent.type];
            if (targets.has(target)) {
              data[prefix + "title"] = data.title;
              data[prefix + "subtitle"] = data.subtitle;
              if (prefix !== "journal") {
                data[prefix + "titleaddon"] = data.titleaddon;
              }
              delete data.title;
              delete data.subtitle;
              delete data.titleaddon;
              delete data.shorttitle;
              delete data.sorttitle;
              delete data.indextitle;
              delete data.indexsorttitle;
            }
          }
          return Object.assign(data, entry);
        }
        return entry;
      }
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/mapping/index.js
  var require_mapping = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/mapping/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.format = format;
      exports.formatBibtex = formatBibtex;
      exports.parse = parse;
      exports.parseBibtex = parseBibtex;
      var _shared = require_shared();
      var _biblatex = _interopRequireDefault(require_biblatex());
      var _bibtex = _interopRequireDefault(require_bibtex());
      var _crossref = require_crossref();
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      function _objectWithoutProperties(e, t) {
        if (null == e) return {};
        var o, r, i = _objectWithoutPropertiesLoose(e, t);
        if (Object.getOwnPropertySymbols) {
          var n = Object.getOwnPropertySymbols(e);
          for (r = 0; r < n.length; r++) o = n[r], -1 === t.indexOf(o) && {}.propertyIsEnumerable.call(e, o) && (i[o] = e[o]);
        }
        return i;
      }
      function _objectWithoutPropertiesLoose(r, e) {
        if (null == r) return {};
        var t = {};
        for (var n in r) if ({}.hasOwnProperty.call(r, n)) {
          if (-1 !== e.indexOf(n)) continue;
          t[n] = r[n];
        }
        return t;
      }
      function ownKeys(e, r) {
        var t = Object.keys(e);
        if (Object.getOwnPropertySymbols) {
          var o = Object.getOwnPropertySymbols(e);
          r && (o = o.filter(function(r2) {
            return Object.getOwnPropertyDescriptor(e, r2).enumerable;
          })), t.push.apply(t, o);
        }
        return t;
      }
      function _objectSpread(e) {
        for (var r = 1; r < arguments.length; r++) {
          var t = null != arguments[r] ? arguments[r] : {};
          r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
            _defineProperty(e, r2, t[r2]);
          }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
            Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
          });
        }
        return e;
      }
      function _defineProperty(e, r, t) {
        return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
      }
      function _toPropertyKey(t) {
        var i = _toPrimitive(t, "string");
        return "symbol" == typeof i ? i : i + "";
      }
      function _toPrimitive(t, r) {
        if ("object" != typeof t || !t) return t;
        var e = t[Symbol.toPrimitive];
        if (void 0 !== e) {
          var i = e.call(t, r || "default");
          if ("object" != typeof i) return i;
          throw new TypeError("@@toPrimitive must return a primitive value.");
        }
        return ("string" === r ? String : Number)(t);
      }
      function _parse(input, spec) {
        const registry = {};
        for (const entry of input) {
          registry[entry.label] = entry;
        }
        return input.map(({
          type,
          label,
          properties
        }) => spec.convertToTarget(_objectSpread({
          [_shared.TYPE]: type,
          [_shared.LABEL]: label
        }, (0, _crossref.crossref)(type, properties, registry))));
      }
      function _format(input, spec) {
        return input.map((entry) => {
          const _spec$convertToSource = spec.convertToSource(entry), {
            [_shared.TYPE]: type,
            [_shared.LABEL]: label
          } = _spec$convertToSource, properties = _objectWithoutProperties(_spec$convertToSource, [_shared.TYPE, _shared.LABEL].map(_toPropertyKey));
          return {
            type,
            label,
            properties
          };
        });
      }
      function parseBibtex(input) {
        return _parse(input, _bibtex.default);
      }
      function formatBibtex(input) {
        return _format(input, _bibtex.default);
      }
      function parse(input) {
        return _parse(input, _biblatex.default);
      }
      function format(input) {
        return _format(input, _biblatex.default);
      }
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/input/name.js
  var require_name = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/input/name.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.formatNameParts = formatNameParts;
      exports.getStringCase = getStringCase;
      exports.orderNameParts = orderNameParts;
      exports.orderNamePieces = orderNamePieces;
      function getStringCase(string) {
        const a = string.toUpperCase();
        const b = string.toLowerCase();
        for (let i = 0; i < string.length; i++) {
          if (a[i] !== b[i]) {
            return a[i] === string[i];
          }
        }
        return null;
      }
      function formatNameParts(parts) {
        if (parts.length === 0) {
          return void 0;
        }
        let piece = "";
        while (parts.length > 1) {
          const {
            value,
            hyphenated
          } = parts.shift();
          piece += value + (hyphenated ? "-" : " ");
        }
        const output = piece + parts[0].value;
        return output[0] && output;
      }
      function orderNameParts(parts, orderGiven = true) {
        const given = [];
        const undecided = [];
        if (orderGiven) {
          while (parts.length > 1 && parts[0].upperCase !== false) {
            given.push(...undecided);
            undecided.length = 0;
            while (parts.length > 1 && parts[0].upperCase !== false && !parts[0].hyphenated) {
              given.push(parts.shift());
            }
            while (parts.length > 0 && parts[0].upperCase !== false && parts[0].hyphenated) {
              undecided.push(parts.shift());
            }
          }
        }
        const prefix = [];
        const family = [];
        while (parts.length > 1) {
          prefix.push(...family);
          family.length = 0;
          while (parts.length > 1 && parts[0].upperCase === false) {
            prefix.push(parts.shift());
          }
          while (parts.length > 0 && parts[0].upperCase !== false) {
            family.push(parts.shift());
          }
        }
        if (undecided.length) {
          family.unshift(...undecided);
        }
        if (parts.length) {
          family.push(parts[0]);
        }
        return [formatNameParts(given), formatNameParts(prefix), formatNameParts(family)];
      }
      function orderNamePieces(pieces) {
        if (pieces[0][0].label) {
          const name2 = {};
          for (const [{
            value,
            label
          }] of pieces) {
            name2[label] = value;
          }
          return name2;
        }
        const name = {};
        const [given, prefix, family] = orderNameParts(pieces[0], pieces.length === 1);
        if (family) {
          name.family = family;
        }
        if (prefix) {
          name.prefix = prefix;
        }
        if (pieces.length === 3) {
          name.given = formatNameParts(pieces[2]);
          name.suffix = formatNameParts(pieces[1]);
        } else if (pieces.length === 2) {
          name.given = formatNameParts(pieces[1]);
        } else if (given) {
          name.given = given;
        }
        return name;
      }
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/input/value.js
  var require_value = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/input/value.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.parse = parse;
      exports.parseAnnotation = parseAnnotation;
      exports.valueGrammar = void 0;
      var _core = require_lib2();
      var _moo = _interopRequireDefault(require_moo());
      var _config = _interopRequireDefault(require_config2());
      var constants = _interopRequireWildcard(require_constants());
      var _name = require_name();
      function _interopRequireWildcard(e, t) {
        if ("function" == typeof WeakMap) var r = /* @__PURE__ */ new WeakMap(), n = /* @__PURE__ */ new WeakMap();
        return (_interopRequireWildcard = function(e2, t2) {
          if (!t2 && e2 && e2.__esModule) return e2;
          var o, i, f = { __proto__: null, default: e2 };
          if (null === e2 || "object" != typeof e2 && "function" != typeof e2) return f;
          if (o = t2 ? n : r) {
            if (o.has(e2)) return o.get(e2);
            o.set(e2, f);
          }
          for (const t3 in e2) "default" !== t3 && {}.hasOwnProperty.call(e2, t3) && ((i = (o = Object.defineProperty) && Object.getOwnPropertyDescriptor(e2, t3)) && (i.get || i.set) ? o(f, t3, i) : f[t3] = e2[t3]);
          return f;
        })(e, t);
      }
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      function ownKeys(e, r) {
        var t = Object.keys(e);
        if (Object.getOwnPropertySymbols) {
          var o = Object.getOwnPropertySymbols(e);
          r && (o = o.filter(function(r2) {
            return Object.getOwnPropertyDescriptor(e, r2).enumerable;
          })), t.push.apply(t, o);
        }
        return t;
      }
      function _objectSpread(e) {
        for (var r = 1; r < arguments.length; r++) {
          var t = null != arguments[r] ? arguments[r] : {};
          r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
            _defineProperty(e, r2, t[r2]);
          }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
            Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
          });
        }
        return e;
      }
      function _defineProperty(e, r, t) {
        return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
      }
      function _toPropertyKey(t) {
        var i = _toPrimitive(t, "string");
        return "symbol" == typeof i ? i : i + "";
      }
      function _toPrimitive(t, r) {
        if ("object" != typeof t || !t) return t;
        var e = t[Symbol.toPrimitive];
        if (void 0 !== e) {
          var i = e.call(t, r || "default");
          if ("object" != typeof i) return i;
          throw new TypeError("@@toPrimitive must return a primitive value.");
        }
        return ("string" === r ? String : Number)(t);
      }
      var text = {
        commandBegin: {
          match: "\\begin",
          push: "environment"
        },
        command: {
          match: /\\(?:[a-zA-Z]+|.) */,
          value: (s) => s.slice(1).trim()
        },
        lbrace: {
          match: "{",
          push: "bracedLiteral"
        },
        mathShift: {
          match: "$",
          push: "mathLiteral"
        },
        whitespace: {
          match: /[\s]+|~/,
          lineBreaks: true,
          value(token) {
            return token === "~" ? "\xA0" : " ";
          }
        }
      };
      var lexer = _moo.default.states({
        stringLiteral: _objectSpread(_objectSpread({}, text), {}, {
          text: /[^{$}\s~\\]+/
        }),
        namesLiteral: _objectSpread(_objectSpread({
          and: /\s+[aA][nN][dD]\s+/,
          comma: ",",
          hyphen: "-",
          equals: "="
        }, text), {}, {
          text: /[^{$}\s~\\,=-]+/
        }),
        listLiteral: _objectSpread(_objectSpread({
          and: /\s+and\s+/
        }, text), {}, {
          text: /[^{$}\s~\\]+/
        }),
        separatedLiteral: _objectSpread(_objectSpread({
          comma: ","
        }, text), {}, {
          text: /[^{$}\s~\\,]+/
        }),
        annotation: _objectSpread(_objectSpread({}, text), {}, {
          colon: ":",
          equals: "=",
          comma: ",",
          semicolon: ";",
          quote: '"',
          itemCount: /\d+/,
          text: /[^{$}\s~\\":;,=]+/
        }),
        bracedLiteral: _objectSpread(_objectSpread({}, text), {}, {
          rbrace: {
            match: "}",
            pop: true
          },
          text: /[^{$}\s~\\]+/
        }),
        mathLiteral: _objectSpread(_objectSpread({}, text), {}, {
          mathShift: {
            match: "$",
            pop: true
          },
          script: /[\^_]/,
          text: /[^{$}\s~\\^_]+/
        }),
        environment: _objectSpread(_objectSpread({
          commandEnd: {
            match: "\\end",
            pop: true
          }
        }, text), {}, {
          text: /[^{$}\s~\\]+/
        })
      });
      function flattenConsString(string) {
        string[0];
        return string;
      }
      function applyFormatting(text2, format) {
        if (format in constants.formatting) {
          return text2 && constants.formatting[format].join(text2);
        } else {
          return text2;
        }
      }
      var valueGrammar = exports.valueGrammar = new _core.util.Grammar({
        String() {
          let output = "";
          while (!this.matchEndOfFile()) {
            output += this.consumeRule("Text");
          }
          return flattenConsString(output);
        },
        StringNames() {
          const list = [];
          while (true) {
            this.consumeToken("whitespace", true);
            list.push(this.consumeRule("Name"));
            this.consumeToken("whitespace", true);
            if (this.matchEndOfFile()) {
              return list;
            } else {
              this.consumeToken("and");
            }
          }
        },
        Name() {
          const pieces = [];
          while (true) {
            pieces.push(this.consumeRule("NamePiece"));
            if (this.matchEndOfFile() || this.matchToken("and")) {
              return (0, _name.orderNamePieces)(pieces);
            } else {
              this.consumeToken("comma");
              this.consumeToken("whitespace", true);
            }
          }
        },
        NamePiece() {
          const parts = [];
          while (true) {
            const part = this.consumeRule("NameToken");
            if (part.label) {
              part.label = (0, _name.formatNameParts)([...parts, {
                value: part.label
              }]);
              return [part];
            }
            parts.push(part);
            if (this.matchEndOfFile() || this.matchToken("and") || this.matchToken("comma")) {
              return parts;
            } else {
              while (this.matchToken("hyphen") || this.matchToken("whitespace")) {
                this.consumeToken();
              }
            }
          }
        },
        NameToken() {
          let upperCase = null;
          let value = "";
          while (true) {
            if (upperCase === null && this.matchToken("text")) {
              const text2 = this.consumeToken().value;
              value += text2;
              upperCase = (0, _name.getStringCase)(text2);
            } else if (this.matchEndOfFile() || this.matchToken("and") || this.matchToken("comma") || this.matchToken("whitespace")) {
              return {
                value,
                upperCase
              };
            } else if (this.matchToken("hyphen")) {
              return {
                value,
                upperCase,
                hyphenated: true
              };
            } else if (this.matchToken("equals")) {
              this.consumeToken("equals");
              const text2 = this.consumeRule("NamePiece");
              if (text2[0].label) {
                value += "=" + text2[0].label;
              }
              return {
                value: (0, _name.formatNameParts)(text2),
                label: value
              };
            } else {
              value += this.consumeRule("Text");
            }
          }
        },
        StringList() {
          const list = [];
          while (!this.matchEndOfFile()) {
            let output = "";
            while (!this.matchEndOfFile() && !this.matchToken("and")) {
              output += this.consumeRule("Text");
            }
            list.push(flattenConsString(output));
            this.consumeToken("and", true);
          }
          return list.length === 1 ? list[0] : list;
        },
        StringSeparated() {
          const list = [];
          while (!this.matchEndOfFile()) {
            let output = "";
            while (!this.matchEndOfFile() && !this.matchToken("comma")) {
              output += this.consumeRule("Text");
            }
            list.push(output.trim());
            this.consumeToken("comma", true);
            this.consumeToken("whitespace", true);
          }
          return list;
        },
        StringVerbatim() {
          let output = "";
          while (!this.matchEndOfFile()) {
            output += this.consumeToken().text;
          }
          return flattenConsString(output);
        },
        StringUri() {
          const uri = this.consumeRule("StringVerbatim");
          try {
            if (decodeURI(uri) === uri) {
              return encodeURI(uri);
            } else {
              return uri;
            }
          } catch (e) {
            return encodeURI(uri);
          }
        },
        StringTitleCase() {
          this.state.sentenceCase = true;
          let output = "";
          while (!this.matchEndOfFile()) {
            output += this.consumeRule("Text");
          }
          return flattenConsString(output);
        },
        Annotations() {
          const annotations = {};
          while (true) {
            const {
              scope,
              item,
              part,
              value
            } = this.consumeRule("Annotation");
            if (scope === "part") {
              if (!annotations.part) {
                annotations.part = [];
              }
              if (!annotations.part[item]) {
                annotations.part[item] = {};
              }
              annotations.part[item][part] = value;
            } else if (scope === "item") {
              if (!annotations.item) {
                annotations.item = [];
              }
              annotations.item[item] = value;
            } else {
              annotations.field = value;
            }
            if (this.matchEndOfFile()) {
              break;
            } else {
              this.consumeToken("semicolon");
              this.consumeRule("_");
            }
          }
          return annotations;
        },
        Annotation() {
          const annotation = {};
          if (this.matchToken("itemCount")) {
            annotation.item = parseInt(this.consumeToken("itemCount")) - 1;
            if (this.matchToken("colon")) {
              this.consumeToken("colon");
              annotation.part = this.consumeToken("text");
              annotation.scope = "part";
            } else {
              annotation.scope = "item";
            }
          } else {
            annotation.scope = "field";
          }
          this.consumeToken("equals");
          this.consumeRule("_");
          if (this.matchToken("quote")) {
            this.consumeToken("quote");
            let literal = "";
            while (!this.matchToken("quote")) {
              if (this.matchToken("itemCount") || this.matchToken("colon") || this.matchToken("comma") || this.matchToken("semicolon") || this.matchToken("equals")) {
                literal += this.token.value;
                this.token = this.lexer.next();
              } else {
                literal += this.consumeRule("Text");
              }
            }
            this.consumeToken("quote");
            annotation.value = flattenConsString(literal);
            this.consumeRule("_");
          } else {
            annotation.value = [];
            let output = "";
            while (true) {
              output += this.consumeRule("Text");
              if (this.matchToken("comma")) {
                this.consumeToken("comma");
                this.consumeRule("_");
                annotation.value.push(flattenConsString(output));
                output = "";
              } else if (this.matchEndOfFile() || this.matchToken("semicolon")) {
                annotation.value.push(flattenConsString(output));
                break;
              }
            }
          }
          return annotation;
        },
        BracketString() {
          var _this$state;
          let output = "";
          this.consumeToken("lbrace");
          const sentenceCase = this.state.sentenceCase;
          this.state.sentenceCase = sentenceCase && this.matchToken("command");
          (_this$state = this.state).partlyLowercase && (_this$state.partlyLowercase = this.state.sentenceCase);
          while (!this.matchToken("rbrace")) {
            output += this.consumeRule("Text");
          }
          const topLevel = sentenceCase && !this.state.sentenceCase;
          const protectCase = topLevel && this.state.partlyLowercase;
          this.state.sentenceCase = sentenceCase;
          this.consumeToken("rbrace");
          return protectCase ? applyFormatting(output, "nocase") : output;
        },
        MathString() {
          let output = "";
          this.consumeToken("mathShift");
          while (!this.matchToken("mathShift")) {
            if (this.matchToken("script")) {
              const script = this.consumeToken("script").value;
              const text2 = this.consumeRule("Text").split("");
              if (text2.every((char) => char in constants.mathScripts[script])) {
                output += text2.map((char) => constants.mathScripts[script][char]).join("");
              } else {
                const formatName = constants.mathScriptFormatting[script];
                output += constants.formatting[formatName].join(text2.join(""));
              }
              continue;
            }
            if (this.matchToken("command")) {
              const command = this.token.value;
              if (command in constants.mathScriptFormatting) {
                this.consumeToken("command");
                const text2 = this.consumeRule("BracketString");
                output += applyFormatting(text2, constants.mathScriptFormatting[command]);
                continue;
              }
            }
            output += this.consumeRule("Text");
          }
          this.consumeToken("mathShift");
          return output;
        },
        Text() {
          if (this.matchToken("lbrace")) {
            return this.consumeRule("BracketString");
          } else if (this.matchToken("mathShift")) {
            return this.consumeRule("MathString");
          } else if (this.matchToken("whitespace")) {
            return this.consumeToken("whitespace").value;
          } else if (this.matchToken("commandBegin")) {
            return this.consumeRule("EnclosedEnv");
          } else if (this.matchToken("command")) {
            return this.consumeRule("Command");
          }
          const text2 = this.consumeToken("text").value.replace(constants.ligaturePattern, (ligature) => constants.ligatures[ligature]);
          const afterPunctuation = this.state.afterPunctuation;
          this.state.afterPunctuation = /[?!.:]$/.test(text2);
          if (!this.state.sentenceCase) {
            var _this$state2;
            (_this$state2 = this.state).partlyLowercase || (_this$state2.partlyLowercase = text2 === text2.toLowerCase() && text2 !== text2.toUpperCase());
            return text2;
          }
          const [first, ...otherCharacters] = text2;
          const rest = otherCharacters.join("");
          const restLowerCase = rest.toLowerCase();
          if (rest !== restLowerCase) {
            return text2;
          }
          if (!afterPunctuation) {
            return text2.toLowerCase();
          }
          return first + restLowerCase;
        },
        Command() {
          const commandToken = this.consumeToken("command");
          const command = commandToken.value;
          if (command in constants.formattingEnvs) {
            const text2 = this.consumeRule("Env");
            const format = constants.formattingEnvs[command];
            return applyFormatting(text2, format);
          } else if (command in constants.formattingCommands) {
            const text2 = this.consumeRule("BracketString");
            const format = constants.formattingCommands[command];
            return applyFormatting(text2, format);
          } else if (command in constants.commands) {
            return constants.commands[command];
          } else if (command in constants.mathCommands) {
            return constants.mathCommands[command];
          } else if (command in constants.diacritics && !this.matchEndOfFile()) {
            const text2 = this.consumeRule("Text");
            const diacritic = text2[0] + constants.diacritics[command];
            return diacritic.normalize("NFC") + text2.slice(1);
          } else if (command in constants.argumentCommands) {
            const func = constants.argumentCommands[command];
            const args = [];
            let arity = func.length;
            while (arity-- > 0) {
              this.consumeToken("whitespace", true);
              args.push(this.consumeRule("BracketString"));
            }
            return func(...args);
          } else if (/^[&%$#_{}]$/.test(command)) {
            return commandToken.text.slice(1);
          } else {
            return commandToken.text;
          }
        },
        Env() {
          let output = "";
          while (!this.matchEndOfFile() && !this.matchToken("rbrace")) {
            output += this.consumeRule("Text");
          }
          return output;
        },
        EnclosedEnv() {
          this.consumeToken("commandBegin");
          const beginEnv = this.consumeRule("BracketString");
          let output = "";
          while (!this.matchToken("commandEnd")) {
            output += this.consumeRule("Text");
          }
          const end = this.consumeToken("commandEnd");
          const endEnv = this.consumeRule("BracketString");
          if (beginEnv !== endEnv) {
            throw new SyntaxError(this.lexer.formatError(end, `environment started with "${beginEnv}", ended with "${endEnv}"`));
          }
          return applyFormatting(output, constants.formattingEnvs[beginEnv]);
        },
        _() {
          while (this.matchToken("whitespace")) {
            this.consumeToken("whitespace");
          }
        }
      }, {
        sentenceCase: false,
        partlyLowercase: false,
        afterPunctuation: true
      });
      function singleLanguageIsEnglish(language) {
        return constants.sentenceCaseLanguages.includes(language.toLowerCase());
      }
      function isEnglish(languages) {
        if (Array.isArray(languages)) {
          return languages.every(singleLanguageIsEnglish);
        }
        return singleLanguageIsEnglish(languages);
      }
      function getMainRule(fieldType, languages) {
        if (fieldType[1] === "name") {
          return fieldType[0] === "list" ? "StringNames" : "Name";
        }
        if (fieldType[1] === "title") {
          const option = _config.default.parse.sentenceCase;
          if (option === "always" || option === "english" && isEnglish(languages)) {
            return "StringTitleCase";
          } else {
            return "String";
          }
        }
        switch (fieldType[0] === "field" ? fieldType[1] : fieldType[0]) {
          case "list":
            return "StringList";
          case "separated":
            return "StringSeparated";
          case "verbatim":
            return "StringVerbatim";
          case "uri":
            return "StringUri";
          case "title":
          case "literal":
          default:
            return "String";
        }
      }
      function getLexerState(fieldType) {
        if (fieldType[1] === "name") {
          return "namesLiteral";
        }
        switch (fieldType[0]) {
          case "list":
            return "listLiteral";
          case "separated":
            return "separatedLiteral";
          case "field":
          default:
            return "stringLiteral";
        }
      }
      function parse(text2, field, languages = []) {
        const fieldType = constants.fieldTypes[field] || [];
        return valueGrammar.parse(lexer.reset(text2, {
          state: getLexerState(fieldType),
          line: 0,
          col: 0
        }), getMainRule(fieldType, languages));
      }
      function parseAnnotation(text2) {
        return valueGrammar.parse(lexer.reset(text2, {
          state: "annotation",
          line: 0,
          col: 0
        }), "Annotations");
      }
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/input/entries.js
  var require_entries = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/input/entries.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.parse = parse;
      exports.parseBibtex = parseBibtex;
      var _config = _interopRequireDefault(require_config2());
      var _index = require_mapping();
      var _value = require_value();
      var _constants = require_constants();
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      function ownKeys(e, r) {
        var t = Object.keys(e);
        if (Object.getOwnPropertySymbols) {
          var o = Object.getOwnPropertySymbols(e);
          r && (o = o.filter(function(r2) {
            return Object.getOwnPropertyDescriptor(e, r2).enumerable;
          })), t.push.apply(t, o);
        }
        return t;
      }
      function _objectSpread(e) {
        for (var r = 1; r < arguments.length; r++) {
          var t = null != arguments[r] ? arguments[r] : {};
          r % 2 ? ownKeys(Object(t), true).forEach(function(r2) {
            _defineProperty(e, r2, t[r2]);
          }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r2) {
            Object.defineProperty(e, r2, Object.getOwnPropertyDescriptor(t, r2));
          });
        }
        return e;
      }
      function _defineProperty(e, r, t) {
        return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: true, configurable: true, writable: true }) : e[r] = t, e;
      }
      function _toPropertyKey(t) {
        var i = _toPrimitive(t, "string");
        return "symbol" == typeof i ? i : i + "";
      }
      function _toPrimitive(t, r) {
        if ("object" != typeof t || !t) return t;
        var e = t[Symbol.toPrimitive];
        if (void 0 !== e) {
          var i = e.call(t, r || "default");
          if ("object" != typeof i) return i;
          throw new TypeError("@@toPrimitive must return a primitive value.");
        }
        return ("string" === r ? String : Number)(t);
      }
      function validate(entries, requirements) {
        const problems = [];
        for (const {
          type,
          label,
          properties
        } of entries) {
          if (type in requirements) {
            const missing = [];
            for (const field of requirements[type]) {
              if (Array.isArray(field) && !field.some((field2) => field2 in properties)) {
                missing.push(field.join("/"));
              } else if (typeof field === "string" && !(field in properties)) {
                missing.push(field);
              }
            }
            if (missing.length) {
              problems.push([label, `missing fields: ${missing.join(", ")}`]);
            }
          } else {
            problems.push([label, `invalid type: "${type}"`]);
          }
        }
        if (problems.length) {
          throw new RangeError(["Invalid entries:"].concat(problems.map(([label, problem]) => `  - ${label} has ${problem}`)).join("\n"));
        }
      }
      function parseEntryValues(entry) {
        const output = {};
        if ("language" in entry.properties) {
          output.language = (0, _value.parse)(entry.properties.language, "language");
        }
        for (const property in entry.properties) {
          const value = entry.properties[property];
          if (value === "") {
            continue;
          }
          output[property] = (0, _value.parse)(value + "", property, output.language);
        }
        for (const property in entry.annotations) {
          for (const annotation in entry.annotations[property]) {
            output[property + "+an:" + annotation] = (0, _value.parseAnnotation)(entry.annotations[property][annotation]);
          }
        }
        return _objectSpread(_objectSpread({}, entry), {}, {
          properties: output
        });
      }
      function parse(entries) {
        if (_config.default.parse.strict) {
          validate(entries, _constants.required.biblatex);
        }
        return (0, _index.parse)(entries.map(parseEntryValues));
      }
      function parseBibtex(entries) {
        if (_config.default.parse.strict) {
          validate(entries, _constants.required.bibtex);
        }
        return (0, _index.parseBibtex)(entries.map(parseEntryValues));
      }
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/input/index.js
  var require_input5 = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/input/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.ref = exports.formats = void 0;
      var _file = require_file();
      var _bibtxt = require_bibtxt();
      var _entries = require_entries();
      var ref = exports.ref = "@bibtex";
      var formats = exports.formats = {
        "@biblatex/text": {
          parse: _file.parse,
          parseType: {
            dataType: "String",
            predicate: /@\s{0,5}[A-Za-z]{1,13}\s{0,5}\{\s{0,5}[^@{}"=,\\\s]{0,100}\s{0,5},[\s\S]*\}/
          }
        },
        "@biblatex/entry+object": {
          parse(input) {
            return (0, _entries.parse)([input]);
          },
          parseType: {
            dataType: "SimpleObject",
            propertyConstraint: {
              props: ["type", "label", "properties"]
            }
          }
        },
        "@biblatex/entries+list": {
          parse: _entries.parse,
          parseType: {
            elementConstraint: "@biblatex/entry+object"
          }
        },
        "@bibtex/text": {
          parse: _file.parse,
          outputs: "@bibtex/entries+list"
        },
        "@bibtex/entry+object": {
          parse(input) {
            return (0, _entries.parseBibtex)([input]);
          }
        },
        "@bibtex/entries+list": {
          parse: _entries.parseBibtex
        },
        "@bibtxt/text": {
          parse: _bibtxt.parse,
          parseType: {
            dataType: "String",
            predicate: /^\s*(\[(?!\s*[{[]).*?\]\s*(\n\s*[^[]((?!:)\S)+\s*:\s*.+?\s*)*\s*)+$/
          }
        }
      };
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/output/value.js
  var require_value2 = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/output/value.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.format = format;
      exports.formatAnnotation = formatAnnotation;
      var _config = _interopRequireDefault(require_config2());
      var _constants = require_constants();
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      var unicode = {};
      for (const command in _constants.commands) {
        unicode[_constants.commands[command]] = command;
      }
      for (const diacritic in _constants.diacritics) {
        unicode[_constants.diacritics[diacritic]] = diacritic;
      }
      for (const ligature in _constants.ligatures) {
        unicode[_constants.ligatures[ligature]] = ligature;
      }
      var mathUnicode = {};
      for (const command in _constants.mathCommands) {
        mathUnicode[_constants.mathCommands[command]] = command;
      }
      var UNSAFE_UNICODE = /[^a-zA-Z0-9\s!"'()*+,\-./:;=?@[\]\u0300-\u0308\u030a-\u030c\u0332\u0323\u0327\u0328\u0361\u0326]/g;
      var DIACRITIC_PATTERN = /.[\u0300-\u0308\u030a-\u030c\u0332\u0323\u0327\u0328\u0361\u0326]+/g;
      var LONE_DIACRITIC_PATTERN = /[\u0300-\u0308\u030a-\u030c\u0332\u0323\u0327\u0328\u0361\u0326]/g;
      var listDelimiters = {
        separated: ",",
        list: " and "
      };
      var richTextMappings = {
        i: "\\textit{",
        b: "\\textbf{",
        sc: "\\textsc{",
        sup: "\\textsuperscript{",
        sub: "\\textsubscript{",
        'span style="font-variant:small-caps;"': "\\textsc{",
        'span class="nocase"': "{"
      };
      function escapeCharacter(char) {
        if (char in unicode) {
          return unicode[char] in _constants.ligatures ? unicode[char] : `\\${unicode[char]}{}`;
        } else if (char in mathUnicode) {
          return `$\\${mathUnicode[char]}$`;
        } else if (/^[&%$#_{}]$/.test(char)) {
          return `\\${char}`;
        } else {
          return "";
        }
      }
      function escapeValue(value) {
        if (!_config.default.format.asciiOnly) {
          return value;
        }
        return value.normalize("NFKD").replace(UNSAFE_UNICODE, (char) => escapeCharacter(char)).replace(DIACRITIC_PATTERN, (match) => Array.from(match).reduce((subject, diacritic) => `{\\${unicode[diacritic]} ${subject}}`)).replace(LONE_DIACRITIC_PATTERN, "");
      }
      function formatRichText(value) {
        const closingTags = [];
        let tokens = value.split(/<(\/?(?:i|b|sc|sup|sub|span)|span .*?)>/g);
        tokens = tokens.map((token, index) => {
          if (index % 2 === 0) {
            return escapeValue(token);
          } else if (token in richTextMappings) {
            closingTags.push("/" + token.split(" ")[0]);
            return richTextMappings[token];
          } else if (token === closingTags[closingTags.length - 1]) {
            closingTags.pop();
            return "}";
          } else {
            return "";
          }
        });
        return tokens.join("");
      }
      function formatName(name) {
        if (name.family && !name.prefix && !name.given & !name.suffix) {
          return name.family.includes(listDelimiters.list) ? name.family : `{${name.family}}`;
        }
        const parts = [""];
        if (name.prefix && name.family) {
          parts[0] += name.prefix + " ";
        }
        if (name.family) {
          parts[0] += name.family;
        }
        if (name.suffix) {
          parts.push(name.suffix);
          parts.push(name.given || "");
        } else {
          parts.push(name.given);
        }
        return escapeValue(parts.join(", ").trim());
      }
      function formatTitle(title) {
        return formatRichText(title).split(/(:\s*)/).map((part, i) => i % 2 ? part : part.replace(/([^\\])\b([a-z]*[A-Z].*?)\b/g, "$1{$2}")).join("");
      }
      function formatSingleValue(value, valueType) {
        switch (valueType) {
          case "title":
            return formatTitle(value);
          case "literal":
            return formatRichText(value.toString());
          case "name":
            return formatName(value);
          case "verbatim":
          case "uri":
            return value.toString();
          default:
            return escapeValue(value.toString());
        }
      }
      function formatList(values, valueType, listType) {
        const delimiter = listDelimiters[listType];
        return values.map((value) => {
          const formatted = formatSingleValue(value, valueType);
          return formatted.includes(delimiter) ? `{${formatted}}` : formatted;
        }).join(delimiter);
      }
      function formatAnnotationValue(values) {
        if (Array.isArray(values)) {
          return values.map((value) => escapeValue(value).replace(/([;,"])/g, "{$1}")).join(", ");
        } else {
          return '"' + escapeValue(values).replace(/(["])/g, "{$1}") + '"';
        }
      }
      function format(field, value) {
        if (!(field in _constants.fieldTypes)) {
          return formatSingleValue(value, "verbatim");
        }
        const [listType, valueType] = _constants.fieldTypes[field];
        if (listType in listDelimiters) {
          return formatList(value, valueType, listType);
        } else {
          return formatSingleValue(value, valueType);
        }
      }
      function formatAnnotation(value) {
        const annotations = [];
        if (value.field) {
          annotations.push("=" + formatAnnotationValue(value.field));
        }
        if (value.item) {
          for (const [itemCount, itemValue] of Object.entries(value.item)) {
            if (!itemValue) {
              continue;
            }
            const i = parseInt(itemCount) + 1;
            annotations.push(i + "=" + formatAnnotationValue(itemValue));
          }
        }
        if (value.part) {
          for (const [itemCount, itemValue] of Object.entries(value.part)) {
            if (!itemValue) {
              continue;
            }
            const i = parseInt(itemCount) + 1;
            for (const part in itemValue) {
              if (!itemValue[part]) {
                continue;
              }
              annotations.push(i + ":" + part + "=" + formatAnnotationValue(itemValue[part]));
            }
          }
        }
        return annotations.join("; ");
      }
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/output/entries.js
  var require_entries2 = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/output/entries.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.format = format;
      exports.formatBibtex = formatBibtex;
      var _index = require_mapping();
      var _value = require_value2();
      function formatEntryValues({
        type,
        label,
        properties
      }) {
        const output = {
          type,
          label,
          properties: {}
        };
        for (const property in properties) {
          const value = properties[property];
          const [field, annotation] = property.split("+an:");
          if (annotation) {
            if (!output.annotations) {
              output.annotations = {};
            }
            if (!output.annotations[field]) {
              output.annotations[field] = {};
            }
            output.annotations[field][annotation] = (0, _value.formatAnnotation)(value);
          } else {
            output.properties[property] = (0, _value.format)(property, value);
          }
        }
        return output;
      }
      function format(entries) {
        return (0, _index.format)(entries).map(formatEntryValues);
      }
      function formatBibtex(entries) {
        return (0, _index.formatBibtex)(entries).map(formatEntryValues);
      }
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/output/bibtex.js
  var require_bibtex2 = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/output/bibtex.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.format = format;
      var _config = _interopRequireDefault(require_config2());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      function formatField(field, value, dict) {
        return dict.listItem.join(`${field} = {${value}},`);
      }
      function formatEntry(entry, dict) {
        const fields = [];
        for (const field in entry.properties) {
          fields.push(formatField(field, entry.properties[field], dict));
          if (entry.annotations && entry.annotations[field]) {
            for (const annotation in entry.annotations[field]) {
              let annotationField = field + _config.default.biber.annotationMarker;
              if (annotation !== "default") {
                annotationField += _config.default.biber.namedAnnotationMarker + annotation;
              }
              fields.push(formatField(annotationField, entry.annotations[field][annotation], dict));
            }
          }
        }
        return dict.entry.join(`@${entry.type}{${entry.label},${dict.list.join(fields.join(""))}}`);
      }
      function format(src, dict) {
        const entries = src.map((entry) => formatEntry(entry, dict)).join("");
        return dict.bibliographyContainer.join(entries);
      }
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/output/bibtxt.js
  var require_bibtxt2 = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/output/bibtxt.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.format = format;
      function formatEntry({
        type,
        label,
        properties
      }, dict) {
        const fields = Object.entries(properties).concat([["type", type]]).map(([field, value]) => dict.listItem.join(`${field}: ${value}`));
        return dict.entry.join(`[${label}]${dict.list.join(fields.join(""))}`);
      }
      function format(src, dict) {
        const entries = src.map((entry) => formatEntry(entry, dict)).join("\n");
        return dict.bibliographyContainer.join(entries);
      }
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/output/index.js
  var require_output5 = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/output/index.js"(exports) {
      "use strict";
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
      exports.default = void 0;
      var _core = require_lib2();
      var _entries = require_entries2();
      var _bibtex = require_bibtex2();
      var _bibtxt = require_bibtxt2();
      var factory = function(mapper, formatter) {
        return function(data, opts = {}) {
          const {
            type,
            format = type || "text"
          } = opts;
          data = mapper(data);
          if (format === "object") {
            return data;
          } else if (_core.plugins.dict.has(format)) {
            return formatter(data, _core.plugins.dict.get(format), opts);
          } else {
            throw new RangeError(`Output dictionary "${format}" not available`);
          }
        };
      };
      var _default = exports.default = {
        bibtex: factory(_entries.formatBibtex, _bibtex.format),
        biblatex: factory(_entries.format, _bibtex.format),
        bibtxt: factory(_entries.formatBibtex, _bibtxt.format)
      };
    }
  });

  // node_modules/@citation-js/plugin-bibtex/lib/index.js
  var require_lib5 = __commonJS({
    "node_modules/@citation-js/plugin-bibtex/lib/index.js"() {
      "use strict";
      var _core = require_lib2();
      var _index = require_input5();
      var _config = _interopRequireDefault(require_config2());
      var _index2 = _interopRequireDefault(require_output5());
      function _interopRequireDefault(e) {
        return e && e.__esModule ? e : { default: e };
      }
      _core.plugins.add(_index.ref, {
        input: _index.formats,
        output: _index2.default,
        config: _config.default
      });
    }
  });

  // entry.js
  var require_entry = __commonJS({
    "entry.js"() {
      globalThis.citationJs = require_lib2();
      require_lib4();
      require_lib5();
    }
  });
  require_entry();
})();
