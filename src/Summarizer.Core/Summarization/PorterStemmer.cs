namespace Summarizer.Core.Summarization;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer for English, as in Martin Porter's reference implementation that
/// ROUGE-1.5.5 ships (including its two published departures: "bli" → "ble" and "logi" → "log").
/// </summary>
public static class PorterStemmer
{
    /// <summary>Stems a lower-case word; words of one or two letters come back unchanged.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        var state = new Word(word.ToCharArray());
        state.Step1AB();
        if (state.K > 0)
        {
            state.Step1C();
            state.Step2();
            state.Step3();
            state.Step4();
            state.Step5();
        }

        return state.ToString();
    }

    // Follows the reference implementation's state machine: b[0..k] is the word, j marks the end of the stem
    // left after the suffix matched by the last successful Ends call.
    private sealed class Word(char[] b)
    {
        private int _j;

        public int K { get; private set; } = b.Length - 1;

        public override string ToString() => new(b, 0, K + 1);

        public void Step1AB()
        {
            if (b[K] == 's')
            {
                if (Ends("sses"))
                {
                    K -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (b[K - 1] != 's')
                {
                    K--;
                }
            }

            if (Ends("eed"))
            {
                if (Measure() > 0)
                {
                    K--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                K = _j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(K))
                {
                    K--;
                    if (b[K] is 'l' or 's' or 'z')
                    {
                        K++;
                    }
                }
                else if (Measure() == 1 && Cvc(K))
                {
                    SetTo("e");
                }
            }
        }

        public void Step1C()
        {
            if (Ends("y") && VowelInStem())
            {
                b[K] = 'i';
            }
        }

        public void Step2()
        {
            if (K == 0)
            {
                return;
            }

            _ = b[K - 1] switch
            {
                'a' => Rule("ational", "ate") || Rule("tional", "tion"),
                'c' => Rule("enci", "ence") || Rule("anci", "ance"),
                'e' => Rule("izer", "ize"),
                'l' => Rule("bli", "ble") || Rule("alli", "al") || Rule("entli", "ent") || Rule("eli", "e") || Rule("ousli", "ous"),
                'o' => Rule("ization", "ize") || Rule("ation", "ate") || Rule("ator", "ate"),
                's' => Rule("alism", "al") || Rule("iveness", "ive") || Rule("fulness", "ful") || Rule("ousness", "ous"),
                't' => Rule("aliti", "al") || Rule("iviti", "ive") || Rule("biliti", "ble"),
                'g' => Rule("logi", "log"),
                _ => false,
            };
        }

        public void Step3()
        {
            _ = b[K] switch
            {
                'e' => Rule("icate", "ic") || Rule("ative", string.Empty) || Rule("alize", "al"),
                'i' => Rule("iciti", "ic"),
                'l' => Rule("ical", "ic") || Rule("ful", string.Empty),
                's' => Rule("ness", string.Empty),
                _ => false,
            };
        }

        public void Step4()
        {
            if (K == 0)
            {
                return;
            }

            var matched = b[K - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && _j >= 0 && b[_j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (matched && Measure() > 1)
            {
                K = _j;
            }
        }

        public void Step5()
        {
            _j = K;
            if (b[K] == 'e')
            {
                var m = Measure();
                if (m > 1 || (m == 1 && !Cvc(K - 1)))
                {
                    K--;
                }
            }

            if (b[K] == 'l' && DoubleConsonant(K) && Measure() > 1)
            {
                K--;
            }
        }

        // A suffix rule of steps 2 and 3: once the suffix matches, no other suffix is tried, whatever the measure.
        private bool Rule(string suffix, string replacement)
        {
            if (!Ends(suffix))
            {
                return false;
            }

            if (Measure() > 0)
            {
                SetTo(replacement);
            }

            return true;
        }

        private bool IsConsonant(int i) => b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // The number of vowel-consonant sequences in b[0.._j].
        private int Measure()
        {
            var n = 0;
            var i = 0;
            while (i <= _j && IsConsonant(i))
            {
                i++;
            }

            while (i <= _j)
            {
                while (i <= _j && !IsConsonant(i))
                {
                    i++;
                }

                if (i > _j)
                {
                    return n;
                }

                n++;
                while (i <= _j && IsConsonant(i))
                {
                    i++;
                }
            }

            return n;
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int i) => i >= 1 && b[i] == b[i - 1] && IsConsonant(i);

        // Consonant-vowel-consonant ending at i, the last consonant not w, x or y: "hop", "wil", not "snow".
        private bool Cvc(int i) =>
            i >= 2 && IsConsonant(i) && !IsConsonant(i - 1) && IsConsonant(i - 2) && b[i] is not ('w' or 'x' or 'y');

        private bool Ends(string suffix)
        {
            var length = suffix.Length;
            if (length > K + 1 || b[K] != suffix[^1])
            {
                return false;
            }

            if (!b.AsSpan(K - length + 1, length).SequenceEqual(suffix))
            {
                return false;
            }

            _j = K - length;
            return true;
        }

        private void SetTo(string replacement)
        {
            replacement.CopyTo(0, b, _j + 1, replacement.Length);
            K = _j + replacement.Length;
        }
    }
}
