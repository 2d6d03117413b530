// The one visual identity of Jauto-entreprends: colours, type, radii and shadows, loaded by
// app/globals.css through `@config`. Every text colour pairing used on the site meets WCAG AA:
// ink-600 and darker on white/ink-50, brand-600+ and accent-600+ behind white text.

const config = {
  theme: {
    extend: {
      colors: {
        /** Deep, calm blue: headings, links, primary buttons (white text on 600 and darker). */
        brand: {
          50: '#eef5fc',
          100: '#d8e7f7',
          200: '#b3cdec',
          300: '#84acdc',
          400: '#4f85c8',
          500: '#2f6fd0',
          600: '#2a5fa8',
          700: '#1f4f8f',
          800: '#1e3a66',
          900: '#152b4d',
          950: '#0f1f38',
        },
        /** Warm orange for calls to action only (white text on 600 and darker). */
        accent: {
          50: '#fff6ed',
          100: '#ffe8d1',
          200: '#ffcfa3',
          300: '#ffb067',
          400: '#f98d3a',
          500: '#e8701a',
          600: '#b4490c',
          700: '#9a3d0a',
          800: '#7c310b',
          900: '#652a0d',
        },
        /** Neutral greys. Text: ink-900 (body), ink-700, ink-600 (secondary, ≥ 5.5:1 on ink-50). ink-300/400 for borders only. */
        ink: {
          50: '#f6f7f9',
          100: '#eceef2',
          200: '#dadee5',
          300: '#bcc3ce',
          400: '#8d95a3',
          500: '#6b7380',
          600: '#5b6472',
          700: '#434b58',
          800: '#2b313b',
          900: '#1a1f27',
          950: '#0f1319',
        },
        success: { 50: '#e9f7ef', 100: '#c9ecd7', 600: '#1b7a43', 700: '#166534', 800: '#124d29' },
        warning: { 50: '#fef3e2', 100: '#fde2b8', 600: '#a15c00', 700: '#8a4b00', 800: '#6b3a00' },
        danger: { 50: '#fdecea', 100: '#f9cfca', 600: '#b42318', 700: '#9b1c13', 800: '#7a1710' },
        /** Focus ring: ≥ 3:1 against white and brand-50 (WCAG 2.4.7 / 1.4.11). */
        focus: '#2f6fd0',
        /** Focus ring on dark surfaces (footer, hero). */
        'focus-on-dark': '#ffb067',
      },
      fontFamily: {
        // System fonts only: nothing is downloaded.
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          '"Noto Sans"',
          '"Liberation Sans"',
          'Arial',
          'sans-serif',
          '"Apple Color Emoji"',
          '"Segoe UI Emoji"',
        ],
      },
      fontSize: {
        // Type scale: [size, line-height]. Body text is `base` (16 px) minimum on mobile.
        xs: ['0.75rem', { lineHeight: '1rem' }],
        sm: ['0.875rem', { lineHeight: '1.375rem' }],
        base: ['1rem', { lineHeight: '1.625rem' }],
        lg: ['1.125rem', { lineHeight: '1.75rem' }],
        xl: ['1.25rem', { lineHeight: '1.875rem' }],
        '2xl': ['1.5rem', { lineHeight: '2rem' }],
        '3xl': ['1.875rem', { lineHeight: '2.375rem' }],
        '4xl': ['2.25rem', { lineHeight: '2.75rem' }],
        '5xl': ['3rem', { lineHeight: '3.5rem' }],
      },
      borderRadius: {
        control: '0.5rem',
        card: '0.875rem',
        pill: '9999px',
      },
      boxShadow: {
        card: '0 1px 2px rgb(15 31 56 / 0.06), 0 1px 3px rgb(15 31 56 / 0.08)',
        raised: '0 4px 12px rgb(15 31 56 / 0.10), 0 2px 4px rgb(15 31 56 / 0.06)',
      },
      maxWidth: {
        page: '76rem',
        prose: '44rem',
      },
      spacing: {
        header: '4rem',
      },
    },
  },
};

export default config;
